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

	/** Every step the actor may take on the case now, given its status. */
	public Set<Step> steps(Actor actor, DemandCase c, List<Long> coHandlers) {
		return steps(actor, scope(actor), c, coHandlers);
	}

	public Set<Step> steps(Actor actor, CaseScope scope, DemandCase c, List<Long> coHandlers) {
		boolean dispatch = mayDispatch(actor, scope, c);
		boolean answer = mayAnswer(actor, scope, c);
		Set<Step> steps = EnumSet.noneOf(Step.class);
		switch (c.status()) {
			case SUBMITTED -> {
				if (dispatch) {
					steps.addAll(List.of(Step.ACCEPT, Step.DECLINE));
				}
			}
			case HANDLING -> {
				if (dispatch || answer) {
					steps.add(Step.TRANSFER);
				}
				if (answer) {
					steps.add(Step.ANSWER);
				}
				if (answer || coHandlers.contains(actor.userId())) {
					steps.add(Step.PROGRESS);
				}
			}
			case ANSWERED -> {
				if (mayRate(actor, scope, c)) {
					steps.add(Step.RATE);
				}
			}
			default -> {
			}
		}
		if (c.status().isOpen()) {
			if (maySupervise(actor, scope, c)) {
				steps.add(Step.SUPERVISE);
			}
			if (scope.isOwn(c) || scope.isHandler(c, coHandlers) || dispatch || answer) {
				steps.add(Step.ATTACH);
			}
		}
		return steps;
	}

	/** Throws 403 unless the actor may take the step now (a refused step changes nothing). */
	void require(Actor actor, DemandCase c, Step step) {
		if (!steps(actor, c, cases.coHandlers(c.id())).contains(step)) {
			if (!stepApplies(c.status(), step)) {
				throw new org.tongxin.shared.domain.Rejection("status", "demand.state." + step.name().toLowerCase(),
						c.status().name());
			}
			throw new org.springframework.security.access.AccessDeniedException(
					"user " + actor.userId() + " may not " + step + " case " + c.id());
		}
	}

	private static boolean stepApplies(DemandStatus status, Step step) {
		return switch (step) {
			case ACCEPT, DECLINE -> status == DemandStatus.SUBMITTED;
			case TRANSFER, PROGRESS, ANSWER -> status == DemandStatus.HANDLING;
			case RATE -> status == DemandStatus.ANSWERED;
			case SUPERVISE, ATTACH -> status.isOpen();
		};
	}

}
