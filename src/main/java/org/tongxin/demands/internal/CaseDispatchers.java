package org.tongxin.demands.internal;

import org.springframework.stereotype.Component;
import org.tongxin.identity.UserDirectory;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;

/**
 * Whose turn it is to take up a case (accept or decline it): the dispatchers whose domain holds the
 * unit where it arose (the town's officer for the town and its villages). A town with no such user
 * (no town officer yet) would leave its cases with nobody, so they go to the department instead:
 * the dispatchers of the district itself, who may take up any case.
 */
@Component
class CaseDispatchers {

	/** Who takes the case up, and whether that is the department standing in for the unit. */
	record Desk(Addressee to, boolean department) {
	}

	private final UserDirectory users;

	private final Units units;

	CaseDispatchers(UserDirectory users, Units units) {
		this.users = users;
		this.units = units;
	}

	Desk of(DemandCase c) {
		if (users.takenUpAt(Privilege.DEMAND_DISPATCH, c.origin().unitId(), c.origin().unitPath())) {
			return new Desk(Addressee.domain(Privilege.DEMAND_DISPATCH, c.origin().unitId(), c.origin().unitPath()), false);
		}
		UnitSummary district = units.deploymentRoot();
		return new Desk(Addressee.unit(Privilege.DEMAND_DISPATCH, district.id(), district.path()), true);
	}

}
