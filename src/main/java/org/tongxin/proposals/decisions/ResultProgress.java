package org.tongxin.proposals.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.proposals.events.ResultAdded;
import org.tongxin.proposals.events.ResultCompleted;
import org.tongxin.proposals.events.ResultUpdated;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FieldProblems;

/**
 * Implementation results of a decision and their dated updates. Managers of decisions add results
 * (with an owner unit) and post updates; so do the owner unit's handlers (PROPOSAL_HANDLE whose
 * scope admits the owner unit). An update moves the result's progress by the rules of {@link Result}
 * (which this service only asks, after checking whose turn it is), guarded by its version (of two
 * posting on the same version one wins, the other gets 409), and is kept in the timeline.
 * Each step publishes its event (ResultAdded, ResultUpdated, and ResultCompleted when an update
 * completes the result).
 */
@Service
public class ResultProgress {

	private final ResultStore results;

	private final ResultHistory updates;

	private final DecisionVisibility visibility;

	private final UnitAccess access;

	private final UnitPicker picker;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ResultProgress(ResultStore results, ResultHistory updates, DecisionVisibility visibility, UnitAccess access, UnitPicker picker, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.results = results;
		this.updates = updates;
		this.visibility = visibility;
		this.access = access;
		this.picker = picker;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	static boolean mayUpdate(boolean manages, OwnerCondition owner, Result r) {
		return manages || owner.admits(r.owner().unitId(), r.owner().unitPath());
	}

	@Requires(Privilege.DECISION_MANAGE)
	@Transactional
	public Result add(Actor actor, long decisionId, ResultDraft draft) {
		Decision decision = visibility.visible(actor, decisionId);
		// every problem of the form at once: the fields, the dates against the decision, the unit
		FieldProblems problems = new FieldProblems("decision");
		ResultValues values = problems.collect(() -> DecisionRules.result(draft));
		if (values != null) {
			problems.collect(() -> DecisionDates.checkResult(decision, values));
		}
		UnitSummary unit = problems.collect(() -> picker.pick(actor, UnitPicker.Reach.HANDLING, "ownerUnitCode",
				"decision.result.ownerUnit", draft.ownerUnitCode()).orElse(null));
		problems.done();
		Instant now = clock.instant();
		ResultOwner owner = new ResultOwner(unit.id(), unit.path(), values.ownerName());
		long id = results.insert(Result.planned(decisionId, values, owner, now));
		auditLog.append(AuditRecord.of("DECISION_RESULT_ADDED").target("decision", decisionId).detail("result", id)
			.detail("ownerUnit", unit.id()).detail("dueOn", values.dueOn()));
		events.publishEvent(new ResultAdded(id, decisionId, unit.id(), values.startsOn(), values.dueOn(), now,
				actor.userId()));
		return results.find(id).orElseThrow();
	}

	/** The decision of a result the actor sees (404 otherwise), to re-show its page after a refused update. */
	@Transactional(readOnly = true)
	public long decisionOf(Actor actor, long resultId) {
		return visibleResult(actor, resultId).decisionId();
	}

	/** Posts an update; a result the actor may not see is a 404, one they see but do not own a 403. */
	@Transactional
	public Result update(Actor actor, long resultId, UpdateDraft draft) {
		Result result = visibleResult(actor, resultId);
		if (!mayUpdate(actor.can(Privilege.DECISION_MANAGE), OwnerCondition.of(actor, access), result)) {
			throw new AccessDeniedException("user " + actor.userId() + " may not update result " + resultId);
		}
		Instant now = clock.instant();
		Result next = result.updated(draft, OfficeTime.today(clock), now);
		results.progress(next, draft.version());
		updates.append(resultId, next.progress(), DecisionRules.note(draft), actor.userId(), actor.displayName(), now);
		auditLog.append(AuditRecord.of("DECISION_RESULT_UPDATED").target("decision", result.decisionId())
			.detail("result", resultId).detail("progress", next.progress()));
		Result updated = results.find(resultId).orElseThrow();
		published(result, updated, now, actor.userId());
		return updated;
	}

	/** ResultUpdated for every update; ResultCompleted too for the one that completes the result. */
	private void published(Result before, Result after, Instant at, long actorUserId) {
		events.publishEvent(new ResultUpdated(after.id(), after.decisionId(), after.owner().unitId(), after.progress(), at,
				actorUserId));
		LocalDate completed = after.completedOn();
		if (before.completedOn() == null && completed != null) {
			events.publishEvent(new ResultCompleted(after.id(), after.decisionId(), after.owner().unitId(), completed,
					after.dueOn(), at, actorUserId));
		}
	}

	private Result visibleResult(Actor actor, long resultId) {
		Result result = results.find(resultId).orElseThrow(() -> new NotFoundException("result", resultId));
		try {
			visibility.visible(actor, result.decisionId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("result", resultId);
		}
		return result;
	}

}
