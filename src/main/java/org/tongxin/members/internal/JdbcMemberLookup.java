package org.tongxin.members.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.shared.security.Actor;

@Component
@Transactional(readOnly = true)
class JdbcMemberLookup implements MemberLookup {

	/** The key of the read-only transaction's known account persons. */
	private static final Object ACCOUNT_PERSONS = new Object();

	private static final RowMapper<PersonRef> REF = (rs, n) -> new PersonRef(rs.getLong("id"), rs.getString("name"),
			rs.getLong("unit_id"), rs.getString("unit_path"));

	private final JdbcClient jdbc;

	private final MemberWriter writer;

	private final MemberRegistry registry;

	JdbcMemberLookup(JdbcClient jdbc, MemberWriter writer, @org.springframework.context.annotation.Lazy MemberRegistry registry) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.registry = registry;
	}

	@Override
	public java.util.List<PersonRef> search(Actor actor, String text, int limit) {
		if (!actor.can(org.tongxin.shared.security.Privilege.MEMBER_VIEW) || text == null || text.isBlank()) {
			return java.util.List.of();
		}
		return registry.search(actor, new org.tongxin.members.MemberFilter(text.strip(), null, null, null, null, null, null,
				null, null), 0, Math.max(1, Math.min(limit, MemberRegistry.MAX_PAGE_SIZE)))
			.getContent()
			.stream()
			.map(r -> new PersonRef(r.id(), r.name(), r.unitId(), null))
			.toList();
	}

	@Override
	public PersonRef visible(Actor actor, long personId) {
		Person p = writer.visible(actor, personId);
		return new PersonRef(p.getId(), p.getName(), p.getUnitId(), p.getUnitPath());
	}

	@Override
	public java.util.List<PersonRef> within(String unitPath, int limit) {
		return jdbc.sql("select id, name, unit_id, unit_path from members_person where unit_path like :path order by id limit :limit")
			.param("path", unitPath + "%")
			.param("limit", limit)
			.query(REF)
			.list();
	}

	/**
	 * A login's person. Within a read-only transaction it is looked up once: a search or a list asks
	 * each owning part, page after page, what the same actor may see, and each asks for the actor's
	 * person (nothing a read-only transaction does can change the answer).
	 */
	@Override
	public Optional<PersonRef> ofAccount(long userId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return accountPerson(userId);
		}
		@SuppressWarnings("unchecked")
		Map<Long, Optional<PersonRef>> known = (Map<Long, Optional<PersonRef>>) TransactionSynchronizationManager
			.getResource(ACCOUNT_PERSONS);
		if (known == null) {
			Map<Long, Optional<PersonRef>> fresh = new java.util.HashMap<>();
			TransactionSynchronizationManager.bindResource(ACCOUNT_PERSONS, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ACCOUNT_PERSONS);
				}
			});
			known = fresh;
		}
		return known.computeIfAbsent(userId, this::accountPerson);
	}

	private Optional<PersonRef> accountPerson(long userId) {
		return jdbc.sql("""
				select p.id, p.name, p.unit_id, p.unit_path from members_person p
				join members_person_account a on a.person_id = p.id where a.user_id = :user""")
			.param("user", userId)
			.query(REF)
			.optional();
	}

	@Override
	public Optional<Long> accountOf(long personId) {
		return jdbc.sql("select user_id from members_person_account where person_id = :person")
			.param("person", personId)
			.query(Long.class)
			.optional();
	}

	@Override
	public Map<Long, PersonRef> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, name, unit_id, unit_path from members_person where id in (:ids)")
			.param("ids", ids)
			.query(REF)
			.list()
			.stream()
			.collect(Collectors.toMap(PersonRef::id, Function.identity()));
	}

}
