package org.tongxin.proposals.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.tongxin.proposals.Level;

/**
 * A report as its page and the API show it: the submitted and the edited text, what was recorded
 * on it (forwards, adoptions, leader instructions), its history, and the steps the viewer may take.
 */
public record ReportDetail(long id, String reportNo, String categoryCode, String categoryName, String title, String body,
		String editedTitle, String editedBody, String reporterKind, String reporterName, ReportStatus status,
		Instant submittedAt, Instant reviewedAt, String reviewNote, long version, List<Forward> forwards,
		List<Adoption> adoptions, List<Instruction> instructions, List<ReportEvent> history, Set<Step> steps) {

	/** What the viewer may do now. */
	public enum Step {

		EDIT, ACCEPT, DECLINE, FORWARD, ADOPT, INSTRUCT

	}

	public record Forward(Level level, String recipient, LocalDate forwardedOn) {
	}

	public record Adoption(Level level, String adoptedBy, LocalDate adoptedOn) {
	}

	public record Instruction(Level level, String post, String instruction, LocalDate instructedOn) {
	}

	public boolean can(String step) {
		return steps.contains(Step.valueOf(step));
	}

	public boolean edited() {
		return editedTitle != null;
	}

}
