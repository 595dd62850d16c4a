package org.tongxin.dashboard.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.identity.LandingPage;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * Leaders start on the dashboard: a user who may see a dashboard section and otherwise only reads
 * (and supervises demands, as leaders do) has no work of the office to do first, so the home page's
 * inbox is not their start. Staff and officers, who act, keep the home page with their inbox and a
 * link to the dashboard. Decided from the privileges alone, without a query.
 */
@Component
class LeaderLanding implements LandingPage {

	/** What a leader's role holds: reading, and supervision notes on demands. */
	private static final Set<Privilege> READING = EnumSet.of(Privilege.UNIT_VIEW, Privilege.USER_VIEW,
			Privilege.MEMBER_VIEW, Privilege.DEMAND_VIEW, Privilege.DEMAND_SUPERVISE, Privilege.ENTERPRISE_VIEW,
			Privilege.PROPOSAL_VIEW);

	private final Dashboard dashboard;

	LeaderLanding(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@Override
	public Optional<String> landingFor(Actor actor) {
		boolean reads = !actor.privileges().isEmpty() && READING.containsAll(actor.privileges());
		return reads && !dashboard.sections(actor).isEmpty() ? Optional.of("/dashboard") : Optional.empty();
	}

}
