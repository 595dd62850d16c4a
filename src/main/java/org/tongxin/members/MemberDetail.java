package org.tongxin.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tongxin.org.UnitSummary;

/**
 * One person as the actor may see them: the sensitive fields (ID number, phone, ethnicity,
 * religion, political affiliation) hold values when {@code unmasked} (the actor holds
 * MEMBER_SENSITIVE_VIEW and the view was audited), masks otherwise; then {@code birthDate} is null
 * too and only {@code birthYear} tells when the person was born
 * ({@link org.tongxin.shared.person.IdentityMasking}).
 */
public record MemberDetail(long id, long version, String name, String gender, LocalDate birthDate, Integer birthYear,
		UnitSummary unit,
		String ethnicity, String idNumber, String phone, String education, String workUnit, String post,
		String politicalAffiliation, String religion, String expertise, String awards, String notes,
		Long liaisonUserId, String liaisonName, List<MemberCategory> categories, Instant createdAt, Instant updatedAt,
		boolean unmasked) {
}
