package org.tongxin.proposals.reports;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxin.members.MemberLookup;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The one gate to a report: out of the actor's sight is a 404 (the same as an unknown id), a staff
 * step without PROPOSAL_REVIEW on a report in sight is a 403. What the report's status allows is
 * {@link Report#STEPS}' to say; this class says only whose turn it is.
 */
@Component
public class ReportAccess {

	/** The steps of PROPOSAL_REVIEW holders on the reports in their sight (a link is a decision manager's). */
	private static final Set<ReportStep> REVIEW_STEPS = EnumSet.complementOf(EnumSet.of(ReportStep.LINK));

	private final ReportStore store;

	private final UnitAccess units;

	private final MemberLookup members;

	ReportAccess(ReportStore store, UnitAccess units, MemberLookup members) {
		this.store = store;
		this.units = units;
		this.members = members;
	}

	ReportScope scope(Actor actor) {
		return ReportScope.of(actor, units, members);
	}

	Report visible(Actor actor, long id) {
		Report r = store.find(id).orElseThrow(() -> new NotFoundException("report", id));
		if (!scope(actor).admits(r)) {
			throw new NotFoundException("report", id);
		}
		return r;
	}

	/** Whether the actor may take staff steps (edit, accept, decline, record) on reports in sight. */
	static boolean reviews(Actor actor) {
		return actor.can(Privilege.PROPOSAL_REVIEW);
	}

	Report reviewable(Actor actor, long id) {
		Report r = visible(actor, id);
		if (!reviews(actor)) {
			throw new AccessDeniedException("user " + actor.userId() + " may not review reports");
		}
		return r;
	}

	/** What the actor may do now on a report in sight: the status' steps that are theirs. */
	static Set<ReportStep> steps(Actor actor, Report r) {
		Set<ReportStep> steps = EnumSet.noneOf(ReportStep.class);
		if (reviews(actor)) {
			steps.addAll(Report.STEPS.at(r.status()));
			steps.retainAll(REVIEW_STEPS);
		}
		return steps;
	}

}
