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
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/** The choices the demand forms offer: people to submit for, units to assign to, their handlers. */
@Component
class Pickers {

	record PersonOption(long id, String name, String unitName) {
	}

	private static final int LIMIT = 15;

	private final MemberLookup members;

	private final Units units;

	private final UserDirectory users;

	private final Enterprises enterprises;

	Pickers(MemberLookup members, Units units, UserDirectory users, Enterprises enterprises) {
		this.members = members;
		this.enterprises = enterprises;
		this.units = units;
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
		Map<Long, String> unitNames = units.findAll(found.stream().map(PersonRef::unitId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
		return found.stream().map(p -> new PersonOption(p.id(), p.name(), unitNames.get(p.unitId()))).toList();
	}

	EnterpriseSummary enterprise(Actor actor, long id) {
		return enterprises.visible(actor, id);
	}

	List<EnterpriseSummary> enterprises(Actor actor, String text) {
		return text == null || text.isBlank() ? List.of() : enterprises.search(actor, text.strip(), LIMIT);
	}

	List<UserSummary> handlers(String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return List.of();
		}
		return units.findByCode(unitCode.strip())
			.map(u -> users.holding(Privilege.DEMAND_HANDLE, u.id()))
			.orElse(List.of());
	}

	List<UnitSummary> units(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return units.search(text.strip(), null, LIMIT);
	}

}
