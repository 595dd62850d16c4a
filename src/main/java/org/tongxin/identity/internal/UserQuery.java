package org.tongxin.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitScope;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * The user list as three statements whatever the page size: the ids of one page, the total, and
 * the page's users with roles and privileges. Sort keys map through a whitelist to attributes;
 * nothing the caller typed becomes part of a query.
 */
@Component
class UserQuery {

	enum Status {
		ENABLED, DISABLED, LOCKED
	}

	/** Everything the query needs, already checked: patterns, prefixes and the sort attribute. */
	record Criteria(String textPattern, String unitPrefix, UnitScope scope, String roleCode,
			Status status, String sortAttribute, boolean ascending, Instant now) {
	}

	static final Map<String, String> SORTABLE = Map.of("username", "username", "displayName", "displayName",
			"createdAt", "createdAt", "updatedAt", "updatedAt");

	private final EntityManager em;

	private final UserAccountRepository users;

	private final UnitChoices units;

	private final UnitAccess access;

	UserQuery(EntityManager em, UserAccountRepository users, UnitChoices units, UnitAccess access) {
		this.em = em;
		this.users = users;
		this.units = units;
		this.access = access;
	}

	/** Checks the filter against the whitelists and the actor's scope. */
	Criteria criteria(Actor actor, UserFilter filter, Instant now) {
		String sort = StringUtils.hasText(filter.sort()) ? SORTABLE.get(filter.sort()) : "username";
		if (sort == null) {
			throw new Rejection("sort", "user.filter.sort", String.join(", ", SORTABLE.keySet()));
		}
		String unitPrefix = units.picked(actor, "unit", "filter.unit", filter.unit()).map(UnitSummary::path).orElse(null);
		return new Criteria(pattern(filter.text()), unitPrefix, access.visibleUnits(actor), blankToNull(filter.role()),
				status(filter.status()), sort, !"desc".equalsIgnoreCase(filter.direction()), now);
	}

	private static String pattern(String text) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		String escaped = text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static Status status(String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return Status.valueOf(value.trim().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("status", "user.filter.status");
		}
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	Page<UserAccount> find(Criteria criteria, int page, int size) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Long> idQuery = cb.createQuery(Long.class);
		Root<UserAccount> u = idQuery.from(UserAccount.class);
		Path<Object> sortBy = u.get(criteria.sortAttribute());
		Order order = criteria.ascending() ? cb.asc(sortBy) : cb.desc(sortBy);
		idQuery.select(u.get("id")).where(predicates(cb, idQuery, u, criteria)).orderBy(order, cb.asc(u.get("id")));
		List<Long> ids = em.createQuery(idQuery).setFirstResult(page * size).setMaxResults(size).getResultList();
		CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
		Root<UserAccount> c = countQuery.from(UserAccount.class);
		countQuery.select(cb.count(c)).where(predicates(cb, countQuery, c, criteria));
		long total = em.createQuery(countQuery).getSingleResult();
		// a page past the end has no ids: nothing to fetch or order
		List<UserAccount> content = ids.isEmpty() ? new ArrayList<>() : new ArrayList<>(users.findWithRoles(ids));
		content.sort(Comparator.comparingInt(user -> ids.indexOf(user.getId())));
		return new PageImpl<>(content, PageRequest.of(page, size), total);
	}

	private static Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<UserAccount> u, Criteria c) {
		List<Predicate> all = new ArrayList<>();
		if (c.textPattern() != null) {
			all.add(cb.or(cb.like(cb.lower(u.get("username")), c.textPattern(), '\\'),
					cb.like(cb.lower(u.get("displayName")), c.textPattern(), '\\')));
		}
		if (c.unitPrefix() != null) {
			all.add(cb.like(u.get("homeUnitPath"), c.unitPrefix() + "%"));
		}
		all.add(inScope(cb, u, c.scope()));
		if (c.roleCode() != null) {
			Subquery<Long> holders = query.subquery(Long.class);
			Root<UserAccount> h = holders.from(UserAccount.class);
			holders.select(h.get("id")).where(cb.equal(h.join("roles").get("code"), c.roleCode()));
			all.add(u.get("id").in(holders));
		}
		if (c.status() != null) {
			all.add(status(cb, u, c.status(), c.now()));
		}
		return all.toArray(Predicate[]::new);
	}

	/** The users of the units the actor sees, by their home unit: the scope in the criteria API's terms. */
	private static Predicate inScope(CriteriaBuilder cb, Root<UserAccount> u, UnitScope scope) {
		Path<Long> id = u.get("homeUnitId");
		Path<String> path = u.get("homeUnitPath");
		return scope.translate(new UnitScope.Translation<Predicate>() {

			@Override
			public Predicate everyUnit() {
				return cb.isNotNull(id);
			}

			@Override
			public Predicate subtree(String prefix) {
				return cb.like(path, prefix + "%");
			}

			@Override
			public Predicate unit(long unitId) {
				return cb.equal(id, unitId);
			}

			@Override
			public Predicate noUnit() {
				return cb.disjunction();
			}

		});
	}

	private static Predicate status(CriteriaBuilder cb, Root<UserAccount> u, Status status, Instant now) {
		Predicate locked = cb.greaterThan(u.get("lockedUntil"), now);
		return switch (status) {
			case DISABLED -> cb.isFalse(u.get("enabled"));
			case LOCKED -> locked;
			case ENABLED -> cb.and(cb.isTrue(u.get("enabled")), cb.or(cb.isNull(u.get("lockedUntil")), cb.not(locked)));
		};
	}

}
