package org.tongxin.proposals.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.tongxin.proposals.Level;
import org.tongxin.shared.workflow.TypicalMark;

/**
 * A report as its page and the API show it: who filed it, the submitted and the edited text, its
 * review, what was recorded on it (forwards, adoptions, leader instructions), its history, and the
 * steps the viewer may take. The parts stand unwrapped in the API's JSON, whose fields stay flat
 * ({@code title}, {@code reporterName}, {@code reviewNote}, {@code forwards} …).
 */
public record ReportDetail(long id, String reportNo, @JsonUnwrapped Filing filing, @JsonUnwrapped ReportText text,
		ReportStatus status, @JsonUnwrapped ReportReview review, long version, @JsonUnwrapped Recorded recorded,
		List<ReportEvent> history, Set<ReportStep> steps, TypicalMark typical, boolean mayMarkTypical) {

	/** Who filed the report, under which category, when. */
	public record Filing(String categoryCode, String categoryName, String reporterKind, String reporterName,
			Instant submittedAt) {
	}

	/** What was recorded on an accepted report, each by date. */
	public record Recorded(List<Forward> forwards, List<Adoption> adoptions, List<Instruction> instructions) {

		public boolean nothing() {
			return forwards.isEmpty() && adoptions.isEmpty() && instructions.isEmpty();
		}

	}

	public record Forward(Level level, String recipient, LocalDate forwardedOn) {
	}

	public record Adoption(Level level, String adoptedBy, LocalDate adoptedOn) {
	}

	public record Instruction(Level level, String post, String instruction, LocalDate instructedOn) {
	}

	public boolean can(String step) {
		return steps.contains(ReportStep.valueOf(step));
	}

}
