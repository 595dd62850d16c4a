package org.tongxin.members;

import java.util.Set;

/**
 * A person as a form or API request gives it, not yet checked. On create every field is read; on
 * edit a null field keeps its value and an empty one clears it (the API's PATCH and the forms,
 * which leave out what the actor may not see). {@code birthDate} is ISO ({@code 1975-03-08});
 * {@code gender} MALE or FEMALE; categories are {@link MemberCategory} codes.
 */
public record MemberDraft(String name, String unitCode, String gender, String birthDate, String ethnicity,
		String idNumber, String phone, String education, String workUnit, String post, String politicalAffiliation,
		String religion, String expertise, String awards, String notes, Long liaisonUserId, Set<String> categories,
		Long version) {

	/** This draft over {@code base}: every null field here takes the base's value. */
	public MemberDraft over(MemberDraft base) {
		return new MemberDraft(or(name, base.name), or(unitCode, base.unitCode), or(gender, base.gender),
				or(birthDate, base.birthDate), or(ethnicity, base.ethnicity), or(idNumber, base.idNumber),
				or(phone, base.phone), or(education, base.education), or(workUnit, base.workUnit), or(post, base.post),
				or(politicalAffiliation, base.politicalAffiliation), or(religion, base.religion),
				or(expertise, base.expertise), or(awards, base.awards), or(notes, base.notes),
				or(liaisonUserId, base.liaisonUserId), or(categories, base.categories), or(version, base.version));
	}

	private static <T> T or(T value, T fallback) {
		return value != null ? value : fallback;
	}

}
