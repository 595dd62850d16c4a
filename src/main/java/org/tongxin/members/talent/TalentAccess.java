package org.tongxin.members.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.internal.Person;
import org.tongxin.members.internal.PersonRepository;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;

/**
 * The talent pool's checks in one place: a person only within the actor's scope (otherwise 404,
 * like an unknown id), the vocabularies (tags, projects) only for the department (the whole
 * district in scope), the office's today, and unit names for lists.
 */
@Component
public class TalentAccess {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final PersonRepository people;

	private final UnitAccess access;

	private final Units units;

	private final Clock clock;

	TalentAccess(PersonRepository people, UnitAccess access, Units units, Clock clock) {
		this.people = people;
		this.access = access;
		this.units = units;
		this.clock = clock;
	}

	Person person(Actor actor, long personId) {
		return people.findById(personId).filter(scope(actor)::admits)
			.orElseThrow(() -> new NotFoundException("member", personId));
	}

	MemberScope scope(Actor actor) {
		return MemberScope.of(actor, access);
	}

	/** District-wide lists are the department's: a town officer may use them, not change them. */
	void requireDepartment(Actor actor) {
		if (actor.scope() != DataScope.ALL) {
			throw new AccessDeniedException("talent vocabularies are kept by the department");
		}
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public java.time.Instant now() {
		return clock.instant();
	}

	/** Names of the given units in one statement (none when there are no ids). */
	Map<Long, String> unitNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			for (UnitSummary unit : units.findAll(ids.stream().distinct().toList())) {
				names.put(unit.id(), unit.name());
			}
		}
		return names;
	}

}
