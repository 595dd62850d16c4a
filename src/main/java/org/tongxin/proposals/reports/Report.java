package org.tongxin.proposals.reports;

import static org.tongxin.proposals.reports.ReportStatus.ACCEPTED;
import static org.tongxin.proposals.reports.ReportStatus.DECLINED;
import static org.tongxin.proposals.reports.ReportStatus.SUBMITTED;
import static org.tongxin.proposals.reports.ReportStep.ACCEPT;
import static org.tongxin.proposals.reports.ReportStep.ADOPT;
import static org.tongxin.proposals.reports.ReportStep.DECLINE;
import static org.tongxin.proposals.reports.ReportStep.EDIT;
import static org.tongxin.proposals.reports.ReportStep.FORWARD;
import static org.tongxin.proposals.reports.ReportStep.INSTRUCT;
import static org.tongxin.proposals.reports.ReportStep.LINK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.tongxin.proposals.Level;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.workflow.StepTable;

/**
 * A public-opinion report (社情民意信息) as stored ({@code proposals_report}) and its rules, without
 * Spring: each step is a method that asks {@link #STEPS} whether the report's status allows it, then
 * checks what was typed and returns the report's next state (or what to record on it), or refuses
 * with a {@link Rejection}. A submitted report is edited, accepted or declined (final); an accepted
 * one is edited, forwarded upward, adopted, instructed on, and linked to a decision. Who may act
 * and storing are {@link ReportAccess}' and {@link ReportWorkflow}'s part.
 */
public record Report(long id, String reportNo, ReportCategory category, ReportText text, Reporter reporter,
		long authorUserId, ReportStatus status, Instant submittedAt, ReportReview review, long version) {

	static final int NOTE_MAX = 2000;

	static final int NAME_MAX = 200;

	static final int POST_MAX = 100;

	/** What each status allows; a declined report nothing. */
	static final StepTable<ReportStatus, ReportStep> STEPS = StepTable
		.of("report", ReportStatus.class, ReportStep.class)
		.at(SUBMITTED, EDIT, ACCEPT, DECLINE)
		.at(ACCEPTED, EDIT, FORWARD, ADOPT, INSTRUCT, LINK)
		.build();

	/** A new report, not stored yet, of a category already checked and a text already written. */
	static Report submitted(long id, String reportNo, String categoryCode, ReportText text, Reporter reporter,
			long authorUserId, Instant at) {
		return new Report(id, reportNo, ReportCategory.of(categoryCode), text, reporter, authorUserId, SUBMITTED, at,
				ReportReview.NONE, 0);
	}

	/** The staff's edit of the text beside the submitted one. */
	Report edited(String title, String body) {
		require(EDIT);
		return new Report(id, reportNo, category, text.editedTo(title, body), reporter, authorUserId, status, submittedAt,
				review, version);
	}

	/** Taken up (采用编发). */
	Report accepted(Instant at) {
		require(ACCEPT);
		return reviewed(ACCEPTED, new ReportReview(at, null));
	}

	/** Not taken up (不予采用), for a reason: final. */
	Report declined(String reason, Instant at) {
		require(DECLINE);
		return reviewed(DECLINED, new ReportReview(at, ReportTexts.required("reason", reason, NOTE_MAX)));
	}

	/**
	 * A forward upward (报送) to a level above the district, dated on or before today and not before
	 * the report's submission nor after that level's adoption ({@code adoptedAt}, if recorded).
	 */
	ReportDetail.Forward forward(String levelName, String recipient, String date, LocalDate today,
			Function<Level, Optional<LocalDate>> adoptedAt) {
		require(FORWARD);
		Level level = ReportTexts.level("level", levelName);
		if (!level.isAboveDistrict()) {
			throw new Rejection("level", "report.forward.level", ReportDates.label(level));
		}
		String who = ReportTexts.required("recipient", recipient, NAME_MAX);
		LocalDate on = recordedOn("forwardedOn", date, today);
		ReportDates.forwardBeforeAdoption(on, level, adoptedAt.apply(level));
		return new ReportDetail.Forward(level, who, on);
	}

	/** An adoption (采用) at a level, by whom, not dated before that level's forward ({@code forwardedAt}, if any). */
	ReportDetail.Adoption adopt(String levelName, String adoptedBy, String date, LocalDate today,
			Function<Level, Optional<LocalDate>> forwardedAt) {
		require(ADOPT);
		Level level = ReportTexts.level("level", levelName);
		String who = ReportTexts.required("adoptedBy", adoptedBy, NAME_MAX);
		LocalDate on = recordedOn("adoptedOn", date, today);
		ReportDates.adoptionAfterForward(on, level, forwardedAt.apply(level));
		return new ReportDetail.Adoption(level, who, on);
	}

	/** A leader's written instruction (批示): the leader's level and post, the text, the date. */
	ReportDetail.Instruction instruct(String levelName, String post, String instruction, String date, LocalDate today) {
		require(INSTRUCT);
		Level level = ReportTexts.level("level", levelName);
		String leaderPost = ReportTexts.required("post", post, POST_MAX);
		String said = ReportTexts.required("instruction", instruction, ReportText.BODY_MAX);
		LocalDate on = recordedOn("instructedOn", date, today);
		return new ReportDetail.Instruction(level, leaderPost, said, on);
	}

	/** Null when the report may be linked to a decision, else the message code that says why not. */
	String linkRefusal() {
		return STEPS.allows(status, LINK) ? null : "report.link.status";
	}

	/**
	 * Refuses a step the status does not allow, naming the status in the reader's language and as
	 * its code for API clients (the message the report's pages and API have always given).
	 */
	void require(ReportStep step) {
		if (!STEPS.allows(status, step)) {
			throw new Rejection("status", "report.step.status", STEPS.label(status), status.name());
		}
	}

	/** A date recorded after the fact: not in the future, not before the report was submitted. */
	private LocalDate recordedOn(String field, String date, LocalDate today) {
		LocalDate on = ReportTexts.pastDate(field, date, today);
		ReportDates.notBeforeSubmission(field, on, this);
		return on;
	}

	private Report reviewed(ReportStatus next, ReportReview newReview) {
		return new Report(id, reportNo, category, text, reporter, authorUserId, next, submittedAt, newReview, version);
	}

}
