package org.tongxin.demands.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.demands.DemandStatus;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.StepTable;

/**
 * Who may see a case and which steps they may take on it, decided on the server for pages and API
 * alike. Seeing follows {@link CaseScope}. Dispatching (accept, decline, assign, transfer) is for
 * holders of DEMAND_DISPATCH whose scope holds the unit where the case arose or the unit it was
 * escalated to. Answering is for the lead, or holders of DEMAND_HANDLE whose scope holds the
 * handling unit; co-handlers record progress. Rating is the requester's; for a person without a
 * login, the submitter's or a dispatcher's after a return call (回访).
 */
@Component
public class CaseAccess {

	/** The steps an actor may take on a case, as the page offers them. */
	public enum Step {
		ACCEPT, DECLINE, TRANSFER, PROGRESS, ANSWER, RATE, SUPERVISE, ATTACH
	}

	private final CaseStore cases;

	private final UnitAccess access;

	CaseAccess(CaseStore cases, UnitAccess access) {
		this.cases = cases;
		this.access = access;
	}

	public CaseScope scope(Actor actor) {
		return CaseScope.of(actor, access);
	}

	/** The case if the actor may see it; otherwise 404, the same as an unknown id. */
	@Transactional(readOnly = true)
	public DemandCase visible(Actor actor, long id) {
		return visible(scope(actor), id).theCase();
	}

	/** A case with its co-handlers, as one actor's scope sees it. */
	public record Seen(DemandCase theCase, List<Long> coHandlers) {
	}

	/** The case and its co-handlers (one statement) if the scope admits it; otherwise 404. */
	@Transactional(readOnly = true)
	public Seen visible(CaseScope scope, long id) {
		CaseStore.Loaded loaded = cases.findWithCoHandlers(id).orElseThrow(() -> new NotFoundException("demand", id));
		if (!scope.admits(loaded.theCase(), loaded.coHandlers())) {
			throw new NotFoundException("demand", id);
		}
		return new Seen(loaded.theCase(), loaded.coHandlers());
	}

	boolean mayDispatch(Actor actor, CaseScope scope, DemandCase c) {
		return actor.can(Privilege.DEMAND_DISPATCH) && (scope.admitsUnit(c.unitId(), c.unitPath())
				|| scope.admitsUnit(c.escalatedUnitId(), c.escalatedUnitPath()));
	}

	boolean mayAnswer(Actor actor, CaseScope scope, DemandCase c) {
		return Long.valueOf(actor.userId()).equals(c.leadUserId())
				|| actor.can(Privilege.DEMAND_HANDLE) && scope.admitsUnit(c.handlingUnitId(), c.handlingUnitPath());
	}

	boolean mayRate(Actor actor, CaseScope scope, DemandCase c) {
		return c.requesterUserId() != null ? c.requesterUserId() == actor.userId()
				: c.submittedByUserId() == actor.userId() || mayDispatch(actor, scope, c);
	}

	boolean maySupervise(Actor actor, CaseScope scope, DemandCase c) {
		return actor.can(Privilege.DEMAND_SUPERVISE) && scope.admitsByUnit(c);
	}

	/**
	 * Which steps each status allows: the one table of the demand workflow. {@link #steps} intersects
	 * it with whose turn it is; a step the status does not allow is refused naming the status.
	 */
	public static final StepTable<DemandStatus, Step> STEPS = StepTable.of("demand", DemandStatus.class, Step.class)
		.at(DemandStatus.SUBMITTED, Step.ACCEPT, Step.DECLINE, Step.SUPERVISE, Step.ATTACH)
		.at(DemandStatus.HANDLING, Step.TRANSFER, Step.PROGRESS, Step.ANSWER, Step.SUPERVISE, Step.ATTACH)
		.at(DemandStatus.ANSWERED, Step.RATE, Step.SUPERVISE, Step.ATTACH)
		.build();

	/** Every step the actor may take on the case now: those its status allows that are the actor's turn. */
	public Set<Step> steps(Actor actor, DemandCase c, List<Long> coHandlers) {
		return steps(actor, scope(actor), c, coHandlers);
	}

	public Set<Step> steps(Actor actor, CaseScope scope, DemandCase c, List<Long> coHandlers) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		for (Step step : STEPS.at(c.status())) {
			if (isTurn(actor, scope, c, coHandlers, step)) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** Whose turn a step is, whatever the status: the dispatchers', the handlers', the requester's. */
	private boolean isTurn(Actor actor, CaseScope scope, DemandCase c, List<Long> coHandlers, Step step) {
		return switch (step) {
			case ACCEPT, DECLINE -> mayDispatch(actor, scope, c);
			case TRANSFER -> mayDispatch(actor, scope, c) || mayAnswer(actor, scope, c);
			case ANSWER -> mayAnswer(actor, scope, c);
			case PROGRESS -> mayAnswer(actor, scope, c) || coHandlers.contains(actor.userId());
			case RATE -> mayRate(actor, scope, c);
			case SUPERVISE -> maySupervise(actor, scope, c);
			case ATTACH -> scope.isOwn(c) || scope.isHandler(c, coHandlers) || mayDispatch(actor, scope, c)
					|| mayAnswer(actor, scope, c);
		};
	}

	/**
	 * Refuses unless the actor may take the step now (a refused step changes nothing): a step the
	 * status does not allow is a 400 naming the status, a step that is not the actor's a 403.
	 */
	void require(Actor actor, DemandCase c, Step step) {
		STEPS.require(c.status(), step);
		if (!isTurn(actor, scope(actor), c, cases.coHandlers(c.id()), step)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"user " + actor.userId() + " may not " + step + " case " + c.id());
		}
	}

}
