package org.tongxin.proposals.decisions;

import static org.tongxin.proposals.decisions.ResultStatus.COMPLETED;
import static org.tongxin.proposals.decisions.ResultStatus.OPEN;
import static org.tongxin.proposals.decisions.ResultStep.COMPLETE;
import static org.tongxin.proposals.decisions.ResultStep.REOPEN;
import static org.tongxin.proposals.decisions.ResultStep.UPDATE;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.workflow.StepTable;

/**
 * An implementation result of a decision (落实事项) as stored, and its rules without Spring: its
 * owner, dates, progress and version. Each dated update is a step ({@link ResultStep}) that asks
 * {@link #STEPS} whether the result's status allows it, checks the update and returns the result's
 * next state or refuses with a {@link Rejection}. Who may update (decision managers and the owner
 * unit's handlers) and storing are {@link ResultProgress}' part.
 */
public record Result(long id, long decisionId, String title, String description, @JsonUnwrapped ResultOwner owner,
		LocalDate startsOn, LocalDate dueOn, int progress, LocalDate completedOn, Instant updatedAt, long version) {

	/** What each status allows: an open result moves on or completes; a completed one is confirmed or reopened. */
	static final StepTable<ResultStatus, ResultStep> STEPS = StepTable
		.of("decision.result", ResultStatus.class, ResultStep.class)
		.at(OPEN, UPDATE, COMPLETE)
		.at(COMPLETED, COMPLETE, REOPEN)
		.build();

	/** A new result of a decision, checked already (fields, and dates against the decision), not stored yet (id 0). */
	static Result planned(long decisionId, ResultValues values, ResultOwner owner, Instant at) {
		return new Result(0, decisionId, values.title(), values.description(), owner, values.startsOn(), values.dueOn(),
				0, null, at, 0);
	}

	/** Completed once its progress reached 100 (and not updated below since). */
	ResultStatus status() {
		return completedOn == null ? OPEN : COMPLETED;
	}

	/**
	 * A dated update as typed (progress 0–100, what was done, the version it was read at; every
	 * problem named at once), posted today: not before the result starts. It moves the progress,
	 * completes the result at 100 or reopens a completed one below.
	 */
	Result updated(UpdateDraft draft, LocalDate today, Instant at) {
		int reached = DecisionRules.progress(draft);
		DecisionDates.checkUpdate(this, today);
		if (reached == 100) {
			return completed(today, at);
		}
		return status() == COMPLETED ? reopened(reached, at) : progressed(reached, at);
	}

	/** Progress below 100 on an open result. */
	Result progressed(int reached, Instant at) {
		STEPS.require(status(), UPDATE);
		return at(reached, null, at);
	}

	/** Progress 100: completed today, or on the day it was completed already. */
	Result completed(LocalDate today, Instant at) {
		STEPS.require(status(), COMPLETE);
		return at(100, completedOn != null ? completedOn : today, at);
	}

	/** Progress below 100 on a completed result: open again. */
	Result reopened(int reached, Instant at) {
		STEPS.require(status(), REOPEN);
		return at(reached, null, at);
	}

	private Result at(int reached, LocalDate completed, Instant at) {
		if (reached < 0 || reached > 100 || (reached == 100) != (completed != null)) {
			throw new IllegalArgumentException("progress " + reached + " with completion " + completed);
		}
		return new Result(id, decisionId, title, description, owner, startsOn, dueOn, reached, completed, at, version);
	}

}
