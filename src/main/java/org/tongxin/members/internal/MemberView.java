package org.tongxin.members.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberCategory;
import org.tongxin.members.MemberDetail;
import org.tongxin.members.MemberRow;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.person.IdentityMasking;

/**
 * The one place where sensitive fields become masks or values. Lists always get masks; a detail
 * gets values only when the caller says the actor may see them (and audits that it did). The birth
 * date follows {@link IdentityMasking}: the year only for a viewer who may not see the ID number.
 */
@Component
public class MemberView {

	/** What replaces ethnicity, religion and affiliation when they are not shown. */
	public static final String MASK = "***";

	/** The sensitive fields an export shows (column names, for the audit: which fields, never values). */
	public static final List<String> SENSITIVE_FIELDS = List.of("idNumber", "phone", "ethnicity", "religion",
			"politicalAffiliation");

	/** Sensitive fields as stored: ciphertext and mask of ID number and phone, the others as text. */
	public record Stored(String idNumberEnc, String idNumberMask, String phoneEnc, String phoneMask, String ethnicity,
			String religion, String politicalAffiliation) {
	}

	/** Sensitive fields as an export shows them: values or masks. */
	public record Shown(String idNumber, String phone, String ethnicity, String religion, String politicalAffiliation) {
	}

	private final SensitiveFields sensitive;

	private final MemberCategories categories;

	MemberView(SensitiveFields sensitive, MemberCategories categories) {
		this.sensitive = sensitive;
		this.categories = categories;
	}

	/** {@code unmasked}: the viewer holds MEMBER_SENSITIVE_VIEW, so the birth date is shown whole. */
	static MemberRow row(MemberQuery.Line line, String unitName, List<MemberCategory> categories, boolean unmasked) {
		return new MemberRow(line.id(), line.name(), line.gender(), IdentityMasking.birthDate(line.birthDate(), unmasked),
				IdentityMasking.birthYear(line.birthDate()), line.unitId(), unitName,
				line.idNumberMask(), line.phoneMask(), MASK, MASK, line.workUnit(), line.post(), categories, line.hasLiaison(),
				line.updatedAt());
	}

	MemberDetail detail(Person p, UnitSummary unit, String liaisonName, boolean unmasked) {
		return new MemberDetail(p.getId(), p.getVersion(), p.getName(), p.getGender() == null ? null : p.getGender().name(),
				IdentityMasking.birthDate(p.getBirthDate(), unmasked), IdentityMasking.birthYear(p.getBirthDate()), unit,
				shown(p.getEthnicity(), unmasked),
				unmasked ? sensitive.idNumber(p) : p.getIdNumberMask(), unmasked ? sensitive.phone(p) : p.getPhoneMask(),
				p.getEducation(), p.getWorkUnit(), p.getPost(), shown(p.getPoliticalAffiliation(), unmasked),
				shown(p.getReligion(), unmasked), p.getExpertise(), p.getAwards(), p.getNotes(), p.getLiaisonUserId(), liaisonName,
				categories.of(p.getCategories()), p.getCreatedAt(), p.getUpdatedAt(), unmasked);
	}

	/** An export line's sensitive fields under the same rules as {@link #detail}: values only when unmasked. */
	public Shown exported(Stored s, boolean unmasked) {
		return new Shown(unmasked ? sensitive.decryptIdNumber(s.idNumberEnc()) : s.idNumberMask(),
				unmasked ? sensitive.decryptPhone(s.phoneEnc()) : s.phoneMask(), shown(s.ethnicity(), unmasked),
				shown(s.religion(), unmasked), shown(s.politicalAffiliation(), unmasked));
	}

	/** The sensitive fields that hold a value, i.e. what an unmasked view reveals (for the audit). */
	static List<String> revealedFields(Person p) {
		List<String> fields = new ArrayList<>();
		add(fields, "idNumber", p.getIdNumberEnc());
		add(fields, "phone", p.getPhoneEnc());
		add(fields, "ethnicity", p.getEthnicity());
		add(fields, "religion", p.getReligion());
		add(fields, "politicalAffiliation", p.getPoliticalAffiliation());
		return fields;
	}

	private static void add(List<String> fields, String name, String value) {
		if (value != null) {
			fields.add(name);
		}
	}

	/** Masked means the same mask whether or not there is a value: "no religion" is itself sensitive. */
	private static String shown(String value, boolean unmasked) {
		return unmasked ? value : MASK;
	}

}
