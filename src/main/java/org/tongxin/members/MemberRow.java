package org.tongxin.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a member list. Sensitive fields are always masked here, whoever asks: a list never
 * needs the values, so it never reveals them ({@code ethnicity} and {@code politicalAffiliation}
 * are {@code ***} when recorded, null when not). {@code birthDate} is null for a viewer without
 * MEMBER_SENSITIVE_VIEW, who reads only {@code birthYear} ({@link org.tongxin.shared.person.IdentityMasking}).
 */
public record MemberRow(long id, String name, String gender, LocalDate birthDate, Integer birthYear, long unitId,
		String unitName,
		String idNumber, String phone, String ethnicity, String politicalAffiliation, String workUnit, String post,
		List<MemberCategory> categories, boolean hasLiaison, Instant updatedAt) {
}
