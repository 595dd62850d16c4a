package org.tongxin.demands.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxin.enterprises.EnterpriseSummary;
import org.tongxin.enterprises.Enterprises;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/** The choices the demand forms offer: people to submit for, the unit to propose, its handlers. */
@Component
class Pickers {

	record PersonOption(long id, String name, String unitName) {
	}

	private static final int LIMIT = 15;

	private final MemberLookup members;

	private final Units units;

	private final UnitPicker picker;

	private final UserDirectory users;

	private final Enterprises enterprises;

	Pickers(MemberLookup members, Units units, UnitPicker picker, UserDirectory users, Enterprises enterprises) {
		this.members = members;
		this.enterprises = enterprises;
		this.units = units;
		this.picker = picker;
		this.users = users;
	}

	boolean submitsForOthers(Actor actor) {
		return actor.can(Privilege.DEMAND_DISPATCH) || actor.can(Privilege.DEMAND_HANDLE);
	}

	/** Whether the actor may submit at all: for others (officers), or for themselves (a member with a login). */
	boolean maySubmit(Actor actor) {
		return submitsForOthers(actor) || members.ofAccount(actor.userId()).isPresent();
	}

	void requireOwnPerson(Actor actor) {
		if (members.ofAccount(actor.userId()).isEmpty()) {
			throw new AccessDeniedException("user " + actor.userId() + " may not submit demands");
		}
	}

	PersonRef person(Actor actor, long id) {
		return members.visible(actor, id);
	}

	List<PersonOption> people(Actor actor, String text) {
		List<PersonRef> found = members.search(actor, text, LIMIT);
		Map<Long, String> unitNames = units.namesOf(found.stream().map(PersonRef::unitId).collect(Collectors.toSet()));
		return found.stream().map(p -> new PersonOption(p.id(), p.name(), unitNames.get(p.unitId()))).toList();
	}

	EnterpriseSummary enterprise(Actor actor, long id) {
		return enterprises.visible(actor, id);
	}

	List<EnterpriseSummary> enterprises(Actor actor, String text) {
		return text == null || text.isBlank() ? List.of() : enterprises.search(actor, text.strip(), LIMIT);
	}

	/**
	 * Who may lead a case in the unit typed (name or code), within the actor's reach; none while the
	 * field names no single unit (the form says why when it is posted).
	 */
	List<UserSummary> handlers(Actor actor, String typedUnit) {
		try {
			return picker.pick(actor, UnitPicker.Reach.HANDLING, "unitCode", "demand.handlingUnit", typedUnit)
				.map(u -> users.holding(Privilege.DEMAND_HANDLE, u.id()))
				.orElse(List.of());
		}
		catch (Rejection notOneUnit) {
			return List.of();
		}
	}

	/**
	 * The handling unit the accept form proposes for a case: the nearest unit at or above where it
	 * arose with someone who may handle demands (a village without a handler of its own hands to
	 * its town), as the field shows it; empty when there is none.
	 */
	String proposedUnit(long caseUnitId) {
		List<UnitSummary> lineage = units.lineage(caseUnitId);
		java.util.Set<Long> staffed = users.unitsWithHolders(Privilege.DEMAND_HANDLE,
				lineage.stream().map(UnitSummary::id).toList());
		for (int i = lineage.size() - 1; i >= 0; i--) {
			if (staffed.contains(lineage.get(i).id())) {
				return UnitPicker.label(lineage.get(i));
			}
		}
		return "";
	}

}
