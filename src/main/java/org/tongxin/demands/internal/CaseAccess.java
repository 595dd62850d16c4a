package org.tongxin.demands.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

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
		return actor.can(Privilege.DEMAND_DISPATCH) && (scope.admitsUnit(c.origin().unitId(), c.origin().unitPath())
				|| scope.admitsUnit(c.escalation().unitId(), c.escalation().unitPath()));
	}

	boolean mayAnswer(Actor actor, CaseScope scope, DemandCase c) {
		return c.handling().isLead(actor.userId())
				|| actor.can(Privilege.DEMAND_HANDLE) && scope.admitsUnit(c.handling().unitId(), c.handling().unitPath());
	}

	boolean mayRate(Actor actor, CaseScope scope, DemandCase c) {
		Long requester = c.origin().requesterUserId();
		return requester != null ? requester == actor.userId()
				: c.origin().submittedByUserId() == actor.userId() || mayDispatch(actor, scope, c);
	}

	boolean maySupervise(Actor actor, CaseScope scope, DemandCase c) {
		return actor.can(Privilege.DEMAND_SUPERVISE) && scope.admitsByUnit(c);
	}

	/**
	 * Whether the actor may mark the case as typical (典型案例): who may supervise cases, with the case's
	 * unit in scope, at any status (a mark is not a step of the workflow).
	 */
	public boolean mayMarkTypical(Actor actor, DemandCase c) {
		return maySupervise(actor, scope(actor), c);
	}

	/** Every step the actor may take on the case now: what its status allows, where it is their turn. */
	public Set<CaseStep> steps(Actor actor, DemandCase c, List<Long> coHandlers) {
		return steps(actor, scope(actor), c, coHandlers);
	}

	public Set<CaseStep> steps(Actor actor, CaseScope scope, DemandCase c, List<Long> coHandlers) {
		Set<CaseStep> steps = EnumSet.noneOf(CaseStep.class);
		for (CaseStep step : DemandCase.STEPS.at(c.status())) {
			if (isTurn(actor, scope, c, coHandlers, step)) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** Whose turn a step is, whatever the status: dispatchers, handlers, the requester, leaders. */
	private boolean isTurn(Actor actor, CaseScope scope, DemandCase c, List<Long> coHandlers, CaseStep step) {
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
	 * Refuses a step the case's status does not allow (a Rejection naming the status), then a step
	 * that is not the actor's turn (403); a refused step changes nothing.
	 */
	void require(Actor actor, DemandCase c, CaseStep step) {
		DemandCase.STEPS.require(c.status(), step);
		if (!isTurn(actor, scope(actor), c, cases.coHandlers(c.id()), step)) {
			throw new AccessDeniedException("user " + actor.userId() + " may not " + step + " case " + c.id());
		}
	}

}
