package org.tongxin.members.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.tongxin.members.MemberDraft;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.person.ChineseIdNumber;
import org.tongxin.shared.person.Gender;

/**
 * A person's values after {@link PersonRules} checked and normalised them: the unit resolved and
 * visible, the name's pinyin keys computed, the ID number valid (null: none), the phone in its
 * normal form (null: none), empty texts as null.
 */
public record PersonValues(UnitSummary unit, String name, String nameKey, String nameInitials, String nameSpaced,
		Gender gender, LocalDate birthDate, String ethnicity, ChineseIdNumber idNumber, String phone,
		String education, String workUnit, String post, String politicalAffiliation, String religion,
		String expertise, String awards, String notes, Long liaisonUserId, Set<String> categories) {

	/** Back to the shape of a request, for comparing before and after field by field. */
	public MemberDraft toDraft(long version) {
		Set<String> codes = new TreeSet<>(categories);
		return new MemberDraft(name, unit.code(), gender == null ? "" : gender.name(),
				birthDate == null ? "" : birthDate.toString(), blank(ethnicity),
				idNumber == null ? "" : idNumber.value(), blank(phone), blank(education), blank(workUnit), blank(post),
				blank(politicalAffiliation), blank(religion), blank(expertise), blank(awards), blank(notes),
				liaisonUserId, codes, version);
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

}
