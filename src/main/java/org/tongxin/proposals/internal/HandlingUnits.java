package org.tongxin.proposals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.Rejection;

/**
 * Checks an assignment (交办): an active lead unit, active co-handling units other than the lead,
 * and a deadline after today.
 */
@Component
public class HandlingUnits {

	static final int MAX_CO_UNITS = 10;

	record Checked(UnitSummary lead, List<ProposalStore.CoUnit> coUnits, List<String> coUnitNames, LocalDate due) {
	}

	private final Units units;

	HandlingUnits(Units units) {
		this.units = units;
	}

	Checked check(ProposalInput.Assignment a, LocalDate today) {
		if (a.leadUnitId() == null) {
			throw new Rejection("leadUnitId", "proposal.leadUnitId.required");
		}
		UnitSummary lead = units.find(a.leadUnitId())
			.filter(UnitSummary::active)
			.orElseThrow(() -> new Rejection("leadUnitId", "proposal.unit.unknown", String.valueOf(a.leadUnitId())));
		LinkedHashSet<Long> ids = new LinkedHashSet<>(a.coUnitIds());
		if (ids.contains(lead.id())) {
			throw new Rejection("coUnitIds", "proposal.coUnit.isLead");
		}
		if (ids.size() > MAX_CO_UNITS) {
			throw new Rejection("coUnitIds", "proposal.coUnit.tooMany", MAX_CO_UNITS);
		}
		Map<Long, UnitSummary> found = new java.util.HashMap<>();
		units.findAll(ids).forEach(u -> found.put(u.id(), u));
		List<ProposalStore.CoUnit> co = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Long id : ids) {
			UnitSummary u = found.get(id);
			if (u == null || !u.active()) {
				throw new Rejection("coUnitIds", "proposal.unit.unknown", String.valueOf(id));
			}
			co.add(new ProposalStore.CoUnit(u.id(), u.path()));
			names.add(u.name());
		}
		if (a.dueDate() == null) {
			throw new Rejection("dueDate", "proposal.dueDate.required");
		}
		if (!a.dueDate().isAfter(today)) {
			throw new Rejection("dueDate", "proposal.dueDate.past");
		}
		return new Checked(lead, co, names, a.dueDate());
	}

}
