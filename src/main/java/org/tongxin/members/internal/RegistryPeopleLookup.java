package org.tongxin.members.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.RegistryPeople;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.NotFoundException;

/** {@link RegistryPeople} over the person table: one statement per call, the same scope as the registry's own pages. */
@Component
class RegistryPeopleLookup implements RegistryPeople {

	private final PersonRepository people;

	private final UnitAccess access;

	private final JdbcClient jdbc;

	RegistryPeopleLookup(PersonRepository people, UnitAccess access, JdbcClient jdbc) {
		this.people = people;
		this.access = access;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public PersonRef visible(Actor actor, long personId) {
		return people.findById(personId)
			.filter(MemberScope.of(actor, access)::admits)
			.map(p -> new PersonRef(p.getId(), p.getName(), p.getUnitId()))
			.orElseThrow(() -> new NotFoundException("member", personId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonRef> search(Actor actor, String text, int limit) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty() || trimmed.length() > 50) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("p.name like :text escape '\\'");
		params.put("text", "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		MemberScope.of(actor, access).appendTo(where, params);
		params.put("limit", Math.max(1, Math.min(limit, 50)));
		return jdbc.sql("select p.id, p.name, p.unit_id from members_person p where " + where + " order by p.name, p.id limit :limit")
			.params(params)
			.query((rs, n) -> new PersonRef(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, PersonRef> findAll(Collection<Long> ids) {
		Map<Long, PersonRef> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select id, name, unit_id from members_person where id in (:ids)")
			.param("ids", ids.stream().distinct().toList())
			.query((rs, n) -> new PersonRef(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id")))
			.list()
			.forEach(p -> found.put(p.id(), p));
		return found;
	}

}
