package org.tongxin.members.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.StringUtils;
import org.tongxin.members.MemberFilter;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.Rejection;

/**
 * A person's several affiliations beside the home unit, as list criteria: a current association or
 * chamber post in an organisation (the name as typed, exact after trimming, and, when the text is
 * the code or name of a functional unit of the network such as CH-GUIGU 硅谷商会, that unit's name
 * too), and awards by title (contains) and level. Each is one EXISTS probing an index by person; none
 * of them is known to the counts per unit, so any of them takes the exact count.
 */
public record AffiliationCriteria(List<String> organisations, String awardPattern, String awardLevel,
		LocalDate today) {

	/** The longest organisation or award text a filter accepts (the columns hold 200 and 100). */
	public static final int TEXT_MAX = 100;

	public static final List<String> AWARD_LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "OTHER");

	static AffiliationCriteria none(LocalDate today) {
		return new AffiliationCriteria(List.of(), null, null, today);
	}

	/** {@code units}: where a typed code or name is looked up among functional units; null: the name only. */
	static AffiliationCriteria of(MemberFilter f, Units units, LocalDate today) {
		String organisation = text(f.organisation(), "organisation");
		List<String> names = new ArrayList<>();
		if (organisation != null) {
			names.add(organisation);
			if (units != null) {
				for (UnitSummary unit : functionalUnits(units, organisation)) {
					if (!names.contains(unit.name())) {
						names.add(unit.name());
					}
				}
			}
		}
		String award = text(f.award(), "award");
		String level = StringUtils.hasText(f.awardLevel()) ? f.awardLevel().strip().toUpperCase(Locale.ROOT) : null;
		if (level != null && !AWARD_LEVELS.contains(level)) {
			throw new Rejection("awardLevel", "member.filter.awardLevel", String.join(", ", AWARD_LEVELS));
		}
		return new AffiliationCriteria(List.copyOf(names),
				award == null ? null : "%" + award.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
				level, today);
	}

	/** The functional units (not divisions) whose code or name is exactly the text. */
	private static List<UnitSummary> functionalUnits(Units units, String text) {
		List<UnitSummary> found = new ArrayList<>();
		units.findByCode(text).filter(u -> !u.kind().isDivision()).ifPresent(found::add);
		units.search(text, null, 20)
			.stream()
			.filter(u -> !u.kind().isDivision() && u.name().equals(text) && !found.contains(u))
			.forEach(found::add);
		return found;
	}

	private static String text(String value, String field) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		String text = value.strip();
		if (text.codePointCount(0, text.length()) > TEXT_MAX) {
			throw new Rejection(field, "member.filter." + field + ".tooLong", TEXT_MAX);
		}
		return text;
	}

	/** Whether no affiliation filter is set. */
	boolean isEmpty() {
		return organisations.isEmpty() && awardPattern == null && awardLevel == null;
	}

	/** The conditions (fixed text) over alias {@code p}, values as named parameters. */
	void appendTo(StringBuilder where, Map<String, Object> params) {
		if (!organisations.isEmpty()) {
			where.append(" and exists (select 1 from members_post o where o.person_id = p.id")
				.append(" and o.kind = 'ASSOCIATION_POST' and btrim(o.organisation) in (:organisations)")
				.append(" and (o.ended_on is null or o.ended_on >= :organisationToday))");
			params.put("organisations", organisations);
			params.put("organisationToday", today);
		}
		if (awardPattern != null || awardLevel != null) {
			where.append(" and exists (select 1 from members_person_award a where a.person_id = p.id")
				.append(awardPattern == null ? "" : " and a.title like :award")
				.append(awardLevel == null ? "" : " and a.level = :awardLevel")
				.append(")");
			if (awardPattern != null) {
				params.put("award", awardPattern);
			}
			if (awardLevel != null) {
				params.put("awardLevel", awardLevel);
			}
		}
	}

}
