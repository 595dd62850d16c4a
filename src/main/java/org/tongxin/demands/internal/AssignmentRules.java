package org.tongxin.demands.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongxin.demands.Assignment;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.web.FieldProblems;

/** Checks where an assignment or transfer sends a case: the unit, its lead, the co-handlers. */
@Component
public class AssignmentRules {

	private final UnitPicker picker;

	private final UserDirectory users;

	AssignmentRules(UnitPicker picker, UserDirectory users) {
		this.picker = picker;
		this.users = users;
	}

	record Handlers(UnitSummary unit, UserSummary lead, Set<Long> coHandlers) {
	}

	/**
	 * The responsible unit, typed by name or code, is one the actor may hand work to (their scope,
	 * the district and its departments and other functional units: a town officer assigns within the
	 * town or hands a matter to a district department, never to another town; the department
	 * anywhere). The lead must be a user of that unit who may handle demands;
	 * co-handlers any users who may. Every problem is named at once.
	 */
	Handlers resolve(Actor actor, Assignment a) {
		FieldProblems problems = new FieldProblems("demand");
		UnitSummary unit = problems.collect(() -> picker.require(actor, UnitPicker.Reach.HANDLING, "unitCode",
				"demand.handlingUnit", a == null ? null : a.unitCode()));
		if (a == null || a.leadUserId() == null) {
			problems.add("leadUserId", "demand.lead.required");
		}
		UserSummary lead = unit == null || a.leadUserId() == null ? null : lead(unit, a.leadUserId(), problems);
		Set<Long> co = new LinkedHashSet<>();
		List<Long> asked = a == null ? List.of() : a.coHandlerIds();
		Set<Long> mayHandle = users.holdingAmong(Privilege.DEMAND_HANDLE, asked);
		for (Long userId : asked) {
			if (!mayHandle.contains(userId)) {
				problems.add("coHandlerIds", "demand.coHandler.notHandler", String.valueOf(userId));
			}
			else if (lead == null || userId != lead.id()) {
				co.add(userId);
			}
		}
		problems.done();
		return new Handlers(unit, lead, co);
	}

	private UserSummary lead(UnitSummary unit, long leadUserId, FieldProblems problems) {
		UserSummary lead = users.holding(Privilege.DEMAND_HANDLE, unit.id()).stream()
			.filter(u -> u.id() == leadUserId)
			.findFirst()
			.orElse(null);
		if (lead == null) {
			problems.add("leadUserId", "demand.lead.notHandler", unit.name());
		}
		return lead;
	}

}
