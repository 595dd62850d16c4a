package org.tongxin.members.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.util.StringUtils;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberFilter;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.vocabulary.TermRules;
import org.tongxin.shared.person.Gender;
import org.tongxin.shared.person.IdentityMasking;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * A member filter after checking: patterns escaped, codes parsed, the unit resolved within the
 * actor's scope, the age band as birth dates, the sort mapped through the whitelist, the scope, and
 * the talent pool's "who could be nominated" criteria ({@link NominationCriteria}). The text is
 * answered by the search index ({@link MemberSearch#narrow}), or, where that declines, by LIKE on
 * name, pinyin and initials.
 * <p>
 * {@code birthYearsOnly}: the actor may not see ID numbers ({@link IdentityMasking}), so ages filter
 * and the birth date sorts by whole birth years: a band "born on or before day X" moved a day at a
 * time, or a sort beside people whose dates the actor typed in, would give the date back.
 */
public record MemberCriteria(String namePattern, String keyPrefix, String unitPath, String category,
		String affiliation, Gender gender, LocalDate bornOnOrBefore, LocalDate bornAfter, String sortColumn,
		boolean ascending, MemberScope scope, NominationCriteria nomination, Boolean withLiaison, String text,
		List<Long> matches, boolean birthYearsOnly, AffiliationCriteria affiliations) {

	static final int MAX_AGE = 150;

	/** Sort keys of the API and pages, and the only columns ORDER BY can ever name. */
	/** The longest search text: longer than any name, pinyin spelling or ID number. */
	static final int SEARCH_TEXT_MAX = 50;

	static final Map<String, String> SORTABLE = Map.of("name", "p.name_key", "birthDate", "p.birth_date",
			"updatedAt", "p.updated_at");

	/** What "birthDate" sorts by for an actor who reads only birth years. */
	static final String BIRTH_YEAR = "extract(year from p.birth_date)";

	/**
	 * The criteria of a filter on behalf of an actor: the filter's unit (name or code) resolved only among
	 * units the actor may see, and the actor's {@link MemberScope}. For callers outside this package
	 * (the export), so that they select exactly what the list selects. The category must be one of the
	 * vocabulary, active or not (people keep an inactive one, and may be looked for by it).
	 */
	public static MemberCriteria forActor(Actor actor, MemberFilter f, UnitPicker picker, UnitAccess access,
			Units units, MemberCategories categories, LocalDate today) {
		if (StringUtils.hasText(f.category()) && categories.find(f.category()).isEmpty()) {
			throw new Rejection("category", "member.category.invalid", f.category().strip());
		}
		UnitSummary unit = picker.pick(actor, UnitPicker.Reach.SCOPE, "unit", "filter.unit", f.unit()).orElse(null);
		return of(f, unit, MemberScope.of(actor, access), today, !actor.can(Privilege.MEMBER_SENSITIVE_VIEW), units);
	}

	/** As {@link #of(MemberFilter, UnitSummary, MemberScope, LocalDate, boolean)} for an actor who sees birth dates. */
	static MemberCriteria of(MemberFilter f, UnitSummary unit, MemberScope scope, LocalDate today) {
		return of(f, unit, scope, today, false, null);
	}

	/** {@code unit} is the visible unit of the filter's unit code (resolved by the caller), or null. */
	static MemberCriteria of(MemberFilter f, UnitSummary unit, MemberScope scope, LocalDate today, boolean birthYearsOnly,
			Units units) {
		String sort = StringUtils.hasText(f.sort()) ? SORTABLE.get(f.sort().trim()) : "p.name_key";
		if (sort == null) {
			throw new Rejection("sort", "member.filter.sort", String.join(", ", SORTABLE.keySet()));
		}
		if (birthYearsOnly && sort.equals(SORTABLE.get("birthDate"))) {
			sort = BIRTH_YEAR;
		}
		Integer ageFrom = age(f.ageFrom(), "ageFrom");
		Integer ageTo = age(f.ageTo(), "ageTo");
		String text = PersonRules.text(f.text());
		if (text != null && text.codePointCount(0, text.length()) > SEARCH_TEXT_MAX) {
			// a name, a pinyin or a phone's digits is short; a page of text only made the index search fail
			throw new Rejection("q", "member.filter.q.tooLong", SEARCH_TEXT_MAX);
		}
		String key = text == null ? "" : MemberQuery.compact(text);
		return new MemberCriteria(text == null ? null : "%" + escape(text) + "%", key.isEmpty() ? null : key,
				unit == null ? null : unit.path(), category(f.category()), PersonRules.text(f.affiliation()),
				gender(f.gender()), bornBy(ageFrom, today, birthYearsOnly), bornAfter(ageTo, today, birthYearsOnly), sort,
				!"desc".equalsIgnoreCase(f.direction()), scope, NominationCriteria.of(f, today), liaison(f.liaison()), text,
				null, birthYearsOnly, AffiliationCriteria.of(f, units, today));
	}

	/**
	 * The last birth date of someone aged at least {@code years}: to the day, or, for an actor who
	 * reads only years, the end of the year of birth (the age a year's people reach this year).
	 */
	private static LocalDate bornBy(Integer years, LocalDate today, boolean birthYearsOnly) {
		if (years == null) {
			return null;
		}
		return birthYearsOnly ? LocalDate.of(today.getYear() - years, 12, 31) : today.minusYears(years);
	}

	/** The last birth date of someone older than {@code years}, by the same rule as {@link #bornBy}. */
	private static LocalDate bornAfter(Integer years, LocalDate today, boolean birthYearsOnly) {
		if (years == null) {
			return null;
		}
		return birthYearsOnly ? LocalDate.of(today.getYear() - years - 1, 12, 31) : today.minusYears(years + 1L);
	}

	private static String category(String code) {
		String category = TermRules.code(code);
		if (category == null && StringUtils.hasText(code)) {
			throw new Rejection("category", "member.category.invalid", code.strip());
		}
		return category;
	}

	private static Gender gender(String code) {
		if (!StringUtils.hasText(code)) {
			return null;
		}
		try {
			return Gender.valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("gender", "member.gender.invalid");
		}
	}

	/** NONE: people nobody is liaison for yet (the coverage gap); ASSIGNED: the others. */
	private static Boolean liaison(String state) {
		if (!StringUtils.hasText(state)) {
			return null;
		}
		return switch (state.trim().toUpperCase(java.util.Locale.ROOT)) {
			case "NONE" -> false;
			case "ASSIGNED" -> true;
			default -> throw new Rejection("liaison", "member.filter.liaison");
		};
	}

	private static Integer age(Integer years, String field) {
		if (years != null && (years < 0 || years > MAX_AGE)) {
			throw new Rejection(field, "member.filter.age", MAX_AGE);
		}
		return years;
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * These criteria with the text answered by the search index: the ids of the people it matched
	 * ({@link MemberSearch}), which then stand for the text in the WHERE clause.
	 */
	MemberCriteria withMatches(List<Long> ids) {
		return new MemberCriteria(namePattern, keyPrefix, unitPath, category, affiliation, gender, bornOnOrBefore,
				bornAfter, sortColumn, ascending, scope, nomination, withLiaison, text, List.copyOf(ids), birthYearsOnly,
				affiliations);
	}

	/**
	 * Whether these criteria bound the people by unit alone (the scope and the filter's unit, no
	 * other filter, no liaison scope; the organisation and award filters are other filters: the counts
	 * per unit know nothing of them): then their conditions hold over any table with {@code unit_id}
	 * and {@code unit_path} under alias {@code p}, such as the counts per unit.
	 */
	boolean unitsOnly() {
		return matches == null && namePattern == null && category == null && affiliation == null && gender == null
				&& bornOnOrBefore == null && bornAfter == null && withLiaison == null && nomination.isEmpty()
				&& scope.liaisonUserId() == null && affiliations.isEmpty();
	}

	public String orderBy() {
		return sortColumn + (ascending ? " asc" : " desc") + " nulls last";
	}

	/** The WHERE conditions (fixed text) and their parameters, scope included. */
	public void appendTo(StringBuilder where, Map<String, Object> params) {
		if (matches != null) {
			// one array parameter whatever the number of ids (an IN list would be one parameter each)
			where.append(" and p.id = any(cast(:matches as bigint[]))");
			params.put("matches", matches.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		}
		else if (namePattern != null) {
			// the search index did not answer (too many matches): name, pinyin and initials as before
			where.append(keyPrefix == null ? " and p.name like :name"
					: " and (p.name like :name or p.name_key like :key or p.name_initials like :key)");
			params.put("name", namePattern);
			if (keyPrefix != null) {
				params.put("key", keyPrefix + "%");
			}
		}
		condition(where, params, unitPath == null ? null : unitPath + "%", "p.unit_path like :unitPath", "unitPath");
		condition(where, params, category,
				"exists (select 1 from members_person_category c where c.person_id = p.id and c.category = :category)",
				"category");
		condition(where, params, affiliation, "p.political_affiliation = :affiliation", "affiliation");
		condition(where, params, gender == null ? null : gender.name(), "p.gender = :gender", "gender");
		condition(where, params, bornOnOrBefore, "p.birth_date <= :bornBy", "bornBy");
		condition(where, params, bornAfter, "p.birth_date > :bornAfter", "bornAfter");
		if (withLiaison != null) {
			where.append(withLiaison ? " and p.liaison_user_id is not null" : " and p.liaison_user_id is null");
		}
		nomination.appendTo(where, params);
		affiliations.appendTo(where, params);
		scope.appendTo(where, params);
	}

	private static void condition(StringBuilder where, Map<String, Object> params, Object value, String sql, String name) {
		if (value != null) {
			where.append(" and ").append(sql);
			params.put(name, value);
		}
	}

}
