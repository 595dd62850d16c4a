package org.tongxin.identity.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;

@Service
@Transactional(readOnly = true)
class UserDirectoryService implements UserDirectory {

	private final UserAccountRepository users;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	UserDirectoryService(UserAccountRepository users, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UserSummary> find(long id) {
		return users.findById(id).map(UserDirectoryService::summary);
	}

	@Override
	public Optional<UserSummary> findByUsername(String username) {
		return users.findByUsernameIgnoreCase(username).map(UserDirectoryService::summary);
	}

	/** One plain statement: loading the accounts as entities would also load each one's roles. */
	@Override
	public Map<Long, UserSummary> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, username, display_name, home_unit_id, enabled from identity_user where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> new UserSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBoolean(5)))
			.list()
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	@Override
	public java.util.List<UserSummary> holding(org.tongxin.shared.security.Privilege privilege, long unitId) {
		return jdbc.sql("""
				select u.id, u.username, u.display_name, u.home_unit_id, u.enabled from identity_user u
				where u.home_unit_id = :unit and u.enabled and exists (select 1 from identity_user_role ur
				  join identity_role_privilege rp on rp.role_id = ur.role_id
				  where ur.user_id = u.id and rp.privilege = :privilege)
				order by u.display_name, u.id""")
			.param("unit", unitId)
			.param("privilege", privilege.name())
			.query((rs, n) -> new UserSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBoolean(5)))
			.list();
	}

	@Override
	public java.util.Set<Long> unitsWithHolders(org.tongxin.shared.security.Privilege privilege, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct u.home_unit_id from identity_user u where u.home_unit_id in (:units) and u.enabled
				  and exists (select 1 from identity_user_role ur join identity_role_privilege rp on rp.role_id = ur.role_id
				  where ur.user_id = u.id and rp.privilege = :privilege)""")
			.param("units", unitIds)
			.param("privilege", privilege.name())
			.query(Long.class)
			.list());
	}

	@Override
	public boolean takenUpAt(org.tongxin.shared.security.Privilege privilege, long unitId, String unitPath) {
		return jdbc.sql("""
				select exists (select 1 from identity_user u
				  join lateral (select bool_or(r.scope = 'ALL') as everything, bool_or(r.scope = 'UNIT_AND_BELOW') as below,
				    bool_or(r.scope <> 'OWN') as units, bool_or(rp.privilege is not null) as holds
				    from identity_user_role ur join identity_role r on r.id = ur.role_id
				    left join identity_role_privilege rp on rp.role_id = r.id and rp.privilege = :privilege
				    where ur.user_id = u.id) s on true
				  where u.enabled and s.holds and s.units
				    and (u.home_unit_id = :unit
				      or s.below and not s.everything and :path like u.home_unit_path || '%'))""")
			.param("privilege", privilege.name())
			.param("unit", unitId)
			.param("path", unitPath)
			.query(Boolean.class)
			.single();
	}

	@Override
	public java.util.List<UserSummary> holdingWithin(org.tongxin.shared.security.Privilege privilege,
			org.tongxin.org.UnitScope scope, String text, int limit) {
		Map<String, Object> params = new java.util.HashMap<>();
		// the scope's own SQL over the user's home unit, as lists apply it over a record's unit
		String inScope = scope.sql("u.home_unit_id", "u.home_unit_path", params);
		params.put("privilege", privilege.name());
		params.put("text", text == null || text.isBlank() ? "%" : "%" + like(text.strip()) + "%");
		params.put("limit", limit);
		return jdbc.sql("""
				select u.id, u.username, u.display_name, u.home_unit_id, u.enabled from identity_user u
				where u.enabled and (u.display_name like :text or lower(u.username) like lower(:text))
				  and exists (select 1 from identity_user_role ur join identity_role_privilege rp on rp.role_id = ur.role_id
				    where ur.user_id = u.id and rp.privilege = :privilege)
				  and """ + inScope + " order by u.display_name, u.id limit :limit")
			.params(params)
			.query((rs, n) -> new UserSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBoolean(5)))
			.list();
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Override
	public java.util.Set<Long> holdingAmong(org.tongxin.shared.security.Privilege privilege, Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select u.id from identity_user u where u.id in (:ids) and u.enabled and exists (select 1
				  from identity_user_role ur join identity_role_privilege rp on rp.role_id = ur.role_id
				  where ur.user_id = u.id and rp.privilege = :privilege)""")
			.param("ids", userIds)
			.param("privilege", privilege.name())
			.query(Long.class)
			.list());
	}

	private static UserSummary summary(UserAccount account) {
		return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getHomeUnitId(), account.isEnabled());
	}

}
