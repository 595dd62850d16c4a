package org.tongxin.members.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;
import org.tongxin.members.MemberFilter;
import org.tongxin.shared.domain.Rejection;

/**
 * The list's "who could be nominated" criteria, checked: a talent tag code, a current NPC/CPPCC
 * seat (kind and level; a seat counts while it has no end or ends today or later) or none at all,
 * and an education. Each is one EXISTS (or NOT EXISTS) probing an index by person, so the list
 * stays at its four statements whatever is combined.
 */
public record NominationCriteria(String tag, List<String> postKinds, boolean withoutPost, String postLevel,
		String education, LocalDate today) {

	private static final Pattern TAG_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

	private static final List<String> SEATS = List.of("NPC", "CPPCC");

	private static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY", "COUNTY");

	static NominationCriteria of(MemberFilter f, LocalDate today) {
		String tag = upper(f.tag());
		if (tag != null && !TAG_CODE.matcher(tag).matches()) {
			throw new Rejection("tag", "member.filter.tag");
		}
		String kind = upper(f.postKind());
		String level = upper(f.postLevel());
		if (level != null && !LEVELS.contains(level)) {
			throw new Rejection("postLevel", "member.filter.postLevel", String.join(", ", LEVELS));
		}
		List<String> kinds = List.of();
		boolean none = false;
		if ("NONE".equals(kind)) {
			none = true;
			kinds = SEATS;
		}
		else if (kind == null || "ANY".equals(kind)) {
			kinds = level != null || "ANY".equals(kind) ? SEATS : List.of();
		}
		else if (SEATS.contains(kind)) {
			kinds = List.of(kind);
		}
		else {
			throw new Rejection("postKind", "member.filter.postKind");
		}
		return new NominationCriteria(tag, kinds, none, level, PersonRules.text(f.education()), today);
	}

	/** Whether no nomination filter is set (no condition to append). */
	boolean isEmpty() {
		return tag == null && postKinds.isEmpty() && education == null;
	}

	/** The conditions (fixed text) over alias {@code p}, values as named parameters. */
	void appendTo(StringBuilder where, Map<String, Object> params) {
		if (tag != null) {
			where.append(" and exists (select 1 from members_person_tag t where t.person_id = p.id and t.tag_code = :tag)");
			params.put("tag", tag);
		}
		if (!postKinds.isEmpty()) {
			where.append(withoutPost ? " and not exists" : " and exists")
				.append(" (select 1 from members_post m where m.person_id = p.id and m.kind in (:postKinds)")
				.append(postLevel == null ? "" : " and m.level = :postLevel")
				.append(" and (m.ended_on is null or m.ended_on >= :postToday))");
			params.put("postKinds", postKinds);
			params.put("postToday", today);
			if (postLevel != null) {
				params.put("postLevel", postLevel);
			}
		}
		if (education != null) {
			where.append(" and p.education = :education");
			params.put("education", education);
		}
	}

	private static String upper(String value) {
		return StringUtils.hasText(value) ? value.trim().toUpperCase(Locale.ROOT) : null;
	}

}
