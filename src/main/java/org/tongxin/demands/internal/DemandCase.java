package org.tongxin.demands.internal;

import static org.tongxin.demands.DemandStatus.ANSWERED;
import static org.tongxin.demands.DemandStatus.HANDLING;
import static org.tongxin.demands.DemandStatus.SUBMITTED;
import static org.tongxin.demands.internal.CaseStep.ACCEPT;
import static org.tongxin.demands.internal.CaseStep.ANSWER;
import static org.tongxin.demands.internal.CaseStep.ATTACH;
import static org.tongxin.demands.internal.CaseStep.DECLINE;
import static org.tongxin.demands.internal.CaseStep.PROGRESS;
import static org.tongxin.demands.internal.CaseStep.RATE;
import static org.tongxin.demands.internal.CaseStep.SUPERVISE;
import static org.tongxin.demands.internal.CaseStep.TRANSFER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.demands.DemandStatus;
import org.tongxin.demands.Rating;
import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.workflow.StepTable;

/**
 * A demand case (one row of {@code demands_case}, V15 explains each column) and its rules, without
 * Spring: each step of its workflow is a method that asks {@link #STEPS} whether the status allows
 * it, checks the step's own rules and returns the next state, or refuses with a {@link Rejection}.
 * Who may take a step ({@link CaseAccess}), storing the result guarded by {@link #version}
 * ({@link CaseStore#update}), the history and the events are {@link CaseWorkflow}'s part.
 */
public record DemandCase(long id, String caseNo, CaseRequest request, CaseOrigin origin, DemandStatus status, int round,
		Handling handling, Deadlines deadlines, CaseAnswer answer, Escalation escalation, Instant closedAt,
		long version) {

	/** What each status allows; DECLINED and CLOSED are final. */
	public static final StepTable<DemandStatus, CaseStep> STEPS = StepTable
		.of("demand", DemandStatus.class, CaseStep.class)
		.at(SUBMITTED, ACCEPT, DECLINE, SUPERVISE, ATTACH)
		.at(HANDLING, TRANSFER, PROGRESS, ANSWER, SUPERVISE, ATTACH)
		.at(ANSWERED, RATE, SUPERVISE, ATTACH)
		.build();

	static final int NOTE_MAX = 2000;

	static final int COMMENT_MAX = 500;

	/** A step's next state with the note it recorded (a reason, a progress or supervision note). */
	record Noted(DemandCase next, String note) {
	}

	/** A new case, not stored yet: round 1, waiting to be accepted by {@code acceptDue}. */
	static DemandCase submitted(long id, String caseNo, CaseRequest request, CaseOrigin origin, LocalDate acceptDue) {
		return new DemandCase(id, caseNo, request, origin, SUBMITTED, 1, Handling.NONE,
				new Deadlines(acceptDue, null, false), CaseAnswer.NONE, Escalation.NONE, null, 0);
	}

	/** The deadline of the step the case waits for, or null when no clock runs. */
	public LocalDate openDeadline() {
		return switch (status) {
			case SUBMITTED -> deadlines.acceptDue();
			case HANDLING -> deadlines.dueDate();
			default -> null;
		};
	}

	/** Accepted on {@code today} and sent to a unit and lead, to be answered by {@code due}. */
	DemandCase accepted(Instant at, LocalDate today, long unit, String unitPath, long lead, LocalDate due) {
		STEPS.require(status, ACCEPT);
		return new DemandCase(id, caseNo, request, origin, HANDLING, round, new Handling(unit, unitPath, lead, at),
				deadlines.answerBy(due, today.isAfter(deadlines.acceptDue())), answer, escalation.ended(), closedAt,
				version);
	}

	/** Not taken up, for a reason the requester reads. */
	Noted declined(Instant at, String reason) {
		STEPS.require(status, DECLINE);
		String why = PlainText.check("demand", "reason", reason, NOTE_MAX, true);
		return new Noted(new DemandCase(id, caseNo, request, origin, DemandStatus.DECLINED, round, handling, deadlines,
				answer, escalation.ended(), at, version), why);
	}

	/**
	 * Sent to another unit or lead, for a reason; the deadline stays (the requester's wait does not
	 * start again), and sending it where it is already is refused.
	 */
	Noted transferred(long unit, String unitPath, long lead, String reason) {
		STEPS.require(status, TRANSFER);
		String why = PlainText.check("demand", "reason", reason, NOTE_MAX, true);
		if (Long.valueOf(unit).equals(handling.unitId()) && handling.isLead(lead)) {
			throw new Rejection("unitCode", "demand.transfer.same");
		}
		return new Noted(new DemandCase(id, caseNo, request, origin, status, round, handling.sentTo(unit, unitPath, lead),
				deadlines, answer, escalation, closedAt, version), why);
	}

	/** A progress note: history only, the case stays as it is. */
	Noted progressNoted(String note) {
		STEPS.require(status, PROGRESS);
		return new Noted(this, PlainText.check("demand", "note", note, NOTE_MAX, true));
	}

	/**
	 * Answered on {@code today}; an amount only for a category with amounts (none given keeps the
	 * last one), at most 12 digits before the point and 2 after, not negative.
	 */
	DemandCase answered(Instant at, LocalDate today, String text, BigDecimal amount, boolean withAmount) {
		STEPS.require(status, ANSWER);
		String checked = PlainText.check("demand", "answer", text, NOTE_MAX, true);
		if (amount != null && !withAmount) {
			throw new Rejection("amount", "demand.amount.notApplicable");
		}
		if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12)) {
			throw new Rejection("amount", "demand.amount.invalid");
		}
		return new DemandCase(id, caseNo, request, origin, ANSWERED, round, handling,
				deadlines.lateIf(today.isAfter(deadlines.dueDate())),
				answer.given(checked, at, amount == null ? answer.amount() : amount), escalation.ended(), closedAt,
				version);
	}

	/**
	 * The requester's rating: satisfied or basically satisfied closes the case; dissatisfied (a
	 * comment is then required) reopens it for another round with the same handlers, due by
	 * {@code reopenDue}.
	 */
	DemandCase rated(Instant at, String ratingName, String comment, LocalDate reopenDue) {
		STEPS.require(status, RATE);
		Rating given = Rating.parse(ratingName);
		String text = PlainText.check("demand", "comment", comment, COMMENT_MAX, given == Rating.DISSATISFIED);
		if (given.closes()) {
			return new DemandCase(id, caseNo, request, origin, DemandStatus.CLOSED, round, handling, deadlines,
					answer.rated(given, text), escalation.ended(), at, version);
		}
		return new DemandCase(id, caseNo, request, origin, HANDLING, round + 1, handling,
				deadlines.answerBy(reopenDue, false), answer.rated(given, text), escalation.ended(), closedAt, version);
	}

	/** A leader's supervision note (督办) flags any open case for its handlers. */
	Noted supervised(String note) {
		STEPS.require(status, SUPERVISE);
		String text = PlainText.check("demand", "note", note, NOTE_MAX, true);
		return new Noted(new DemandCase(id, caseNo, request, origin, status, round, handling, deadlines, answer,
				escalation.withSupervision(), closedAt, version), text);
	}

	/** More files on an open case: at least one (how many it may hold is the attachments' rule). */
	DemandCase attached(int files) {
		STEPS.require(status, ATTACH);
		if (files <= 0) {
			throw new Rejection("files", "demand.files.required");
		}
		return this;
	}

}
