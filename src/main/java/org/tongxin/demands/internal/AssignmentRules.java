package org.tongxin.demands.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongxin.demands.Assignment;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Privilege;

/** Checks where an assignment or transfer sends a case: the unit, its lead, the co-handlers. */
@Component
class AssignmentRules {

	private final Units units;

	private final UserDirectory users;

	AssignmentRules(Units units, UserDirectory users) {
		this.units = units;
		this.users = users;
	}

	record Handlers(UnitSummary unit, UserSummary lead, Set<Long> coHandlers) {
	}

	/**
	 * The responsible unit may be any active unit of the network (a town, a village, a member unit of
	 * the leading group): a town officer hands a matter to a district department. The lead must be
	 * a user of that unit who may handle demands; co-handlers any users who may.
	 */
	Handlers resolve(Assignment a) {
		if (a == null || a.unitCode() == null || a.unitCode().isBlank()) {
			throw new Rejection("unitCode", "demand.unit.required");
		}
		UnitSummary unit = units.findByCode(a.unitCode().strip())
			.filter(UnitSummary::active)
			.orElseThrow(() -> new Rejection("unitCode", "demand.unit.unknown", a.unitCode()));
		if (a.leadUserId() == null) {
			throw new Rejection("leadUserId", "demand.lead.required");
		}
		List<UserSummary> candidates = users.holding(Privilege.DEMAND_HANDLE, unit.id());
		UserSummary lead = candidates.stream()
			.filter(u -> u.id() == a.leadUserId())
			.findFirst()
			.orElseThrow(() -> new Rejection("leadUserId", "demand.lead.notHandler", unit.name()));
		Set<Long> co = new LinkedHashSet<>();
		Set<Long> mayHandle = users.holdingAmong(Privilege.DEMAND_HANDLE, a.coHandlerIds());
		for (Long userId : a.coHandlerIds()) {
			if (!mayHandle.contains(userId)) {
				throw new Rejection("coHandlerIds", "demand.coHandler.notHandler", String.valueOf(userId));
			}
			if (userId != lead.id()) {
				co.add(userId);
			}
		}
		return new Handlers(unit, lead, co);
	}

}
