package org.tongxin.members.selfservice;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.person.Phones;

/**
 * Values of a correction at rest and on screen: a sensitive field's values sealed with
 * {@link FieldCipher} under a purpose of their own, opened only for the member themselves or a
 * reviewer with MEMBER_SENSITIVE_VIEW, masked for everyone else.
 */
@Component
class CorrectionValues {

	static final String PURPOSE = "members_correction.value";

	/** What a sealed value shows when the viewer may not see it. */
	static final String MASK = "***";

	private final FieldCipher cipher;

	CorrectionValues(FieldCipher cipher) {
		this.cipher = cipher;
	}

	CorrectionField field(CorrectableField field, String before, String after) {
		return field.sensitive() ? new CorrectionField(field.field(), seal(before), seal(after), true)
				: new CorrectionField(field.field(), before, after, false);
	}

	String before(CorrectionField f) {
		return f.sealed() ? open(f.oldValue()) : f.oldValue();
	}

	String after(CorrectionField f) {
		return f.sealed() ? open(f.newValue()) : f.newValue();
	}

	/** A value as the viewer may see it: a phone's usual mask (last four digits) when masked. */
	String shown(CorrectionField f, String value, boolean unmasked) {
		if (!f.sealed() || unmasked || value == null) {
			return value;
		}
		return "phone".equals(f.field()) ? Phones.masked(value) : MASK;
	}

	/** The correction as a viewer sees it; {@code unmasked}: sensitive values open (the member, or a privileged reviewer). */
	CorrectionView view(Correction c, String personName, String unitName, boolean unmasked) {
		List<CorrectionView.Change> changes = c.getFields()
			.stream()
			.sorted(Comparator.comparing(f -> CorrectableField.named(f.field()).ordinal()))
			.map(f -> new CorrectionView.Change(f.field(), "member." + f.field(), shown(f, before(f), unmasked),
					shown(f, after(f), unmasked)))
			.toList();
		return new CorrectionView(c.getId(), c.getPersonId(), personName, unitName, c.getRequestedAt(), c.getReason(),
				c.getStatus(), c.getDecidedByName(), c.getDecidedAt(), c.getDecisionNote(), changes, unmasked);
	}

	private String seal(String value) {
		return value == null ? null : cipher.encrypt(PURPOSE, value);
	}

	private String open(String value) {
		return value == null ? null : cipher.decrypt(PURPOSE, value);
	}

}
