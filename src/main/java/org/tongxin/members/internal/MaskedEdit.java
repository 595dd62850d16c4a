package org.tongxin.members.internal;

import org.tongxin.members.MemberDraft;
import org.tongxin.shared.domain.Rejection;

/**
 * An edit by an actor who may not see ID numbers, made unable to test guesses about the stored
 * one ({@link org.tongxin.shared.person.IdentityMasking}). The rules compare the birth date with
 * the ID number, so "mismatch" or "saved" would answer "was this person born on day X?":
 * <ul>
 * <li>a birth date typed for a person whose ID number is registered is refused whatever its value
 * (the ID decides that date; only who may see the number may touch it);</li>
 * <li>a new ID number typed by such an actor decides the birth date itself, instead of being
 * compared with the stored date the actor cannot see.</li>
 * </ul>
 */
final class MaskedEdit {

	private MaskedEdit() {
	}

	static MemberDraft guard(MemberDraft draft, Person person) {
		boolean newIdNumber = PersonRules.text(draft.idNumber()) != null;
		if (newIdNumber) {
			return draft.birthDate() != null ? draft : withBirthDate(draft, "");
		}
		boolean idNumberKept = draft.idNumber() == null && person.getIdNumberEnc() != null;
		if (idNumberKept && PersonRules.text(draft.birthDate()) != null) {
			throw new Rejection("birthDate", "member.birthDate.fromIdNumber");
		}
		return draft;
	}

	/** The draft with another birth date ("" : none given, so the ID number decides it). */
	static MemberDraft withBirthDate(MemberDraft d, String birthDate) {
		return new MemberDraft(d.name(), d.unitCode(), d.gender(), birthDate, d.ethnicity(), d.idNumber(), d.phone(),
				d.education(), d.workUnit(), d.post(), d.politicalAffiliation(), d.religion(), d.expertise(), d.awards(),
				d.notes(), d.liaisonUserId(), d.categories(), d.version());
	}

}
