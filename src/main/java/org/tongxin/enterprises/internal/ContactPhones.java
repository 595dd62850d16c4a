package org.tongxin.enterprises.internal;

import org.springframework.stereotype.Component;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.person.Phones;

/**
 * Contact phones at rest: AES-GCM ciphertext under this column's own purpose (so a value cannot be
 * moved to or from another column) and the mask lists and masked views show.
 */
@Component
public class ContactPhones {

	static final String PURPOSE = "enterprises_contact.phone";

	/** A sealed phone; both null without a phone. */
	public record Sealed(String ciphertext, String mask) {
	}

	private final FieldCipher cipher;

	ContactPhones(FieldCipher cipher) {
		this.cipher = cipher;
	}

	public Sealed seal(String normalised) {
		if (normalised == null) {
			return new Sealed(null, null);
		}
		return new Sealed(cipher.encrypt(PURPOSE, normalised), Phones.masked(normalised));
	}

	String open(String ciphertext) {
		return ciphertext == null ? null : cipher.decrypt(PURPOSE, ciphertext);
	}

}
