package org.tongxin.members.importing;

import java.util.Collection;

import org.tongxin.members.MemberDraft;

/**
 * What an imported row does to a registered person, by the user's choice: UPDATE takes every
 * value the row gives (an empty cell keeps the registered value: a sheet cannot clear a field),
 * FILL_EMPTY takes a row's value only where the registry has none.
 */
final class DraftMerge {

	private DraftMerge() {
	}

	static MemberDraft update(MemberDraft current, MemberDraft row) {
		return row.over(current);
	}

	static MemberDraft fillEmpty(MemberDraft current, MemberDraft row) {
		return new MemberDraft(fill(current.name(), row.name()), fill(current.unitCode(), row.unitCode()),
				fill(current.gender(), row.gender()), fill(current.birthDate(), row.birthDate()),
				fill(current.ethnicity(), row.ethnicity()), fill(current.idNumber(), row.idNumber()),
				fill(current.phone(), row.phone()), fill(current.education(), row.education()),
				fill(current.workUnit(), row.workUnit()), fill(current.post(), row.post()),
				fill(current.politicalAffiliation(), row.politicalAffiliation()), fill(current.religion(), row.religion()),
				fill(current.expertise(), row.expertise()), fill(current.awards(), row.awards()),
				fill(current.notes(), row.notes()), current.liaisonUserId(),
				isEmpty(current.categories()) && row.categories() != null ? row.categories() : current.categories(),
				current.version());
	}

	private static String fill(String current, String row) {
		return (current == null || current.isEmpty()) && row != null ? row : current;
	}

	private static boolean isEmpty(Collection<?> values) {
		return values == null || values.isEmpty();
	}

}
