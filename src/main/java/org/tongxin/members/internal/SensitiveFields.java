package org.tongxin.members.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.crypto.PlatformKey;
import org.tongxin.shared.person.ChineseIdNumber;
import org.tongxin.shared.person.Phones;

/**
 * ID numbers and phones at rest: AES-GCM ciphertext, a keyed hash of the normal form for exact
 * look-up and de-duplication (a plain hash of an 18-digit number with a known structure could be
 * reversed by trying them all), and the mask lists show. Each column has its own purpose, so
 * keys are never shared between them.
 */
@Component
public class SensitiveFields {

	static final String ID_NUMBER = "members_person.id_number";

	static final String PHONE = "members_person.phone";

	/** A sealed value; all null when there is no value. */
	public record Sealed(String ciphertext, String hash, String mask) {

		static final Sealed NONE = new Sealed(null, null, null);

	}

	private final FieldCipher cipher;

	private final PlatformKey key;

	SensitiveFields(FieldCipher cipher, PlatformKey key) {
		this.cipher = cipher;
		this.key = key;
	}

	Sealed idNumber(ChineseIdNumber number) {
		if (number == null) {
			return Sealed.NONE;
		}
		return new Sealed(cipher.encrypt(ID_NUMBER, number.value()), idNumberHash(number), number.masked());
	}

	Sealed phone(String normalised) {
		if (normalised == null) {
			return Sealed.NONE;
		}
		return new Sealed(cipher.encrypt(PHONE, normalised), hash(PHONE, normalised), Phones.masked(normalised));
	}

	String idNumberHash(ChineseIdNumber number) {
		return hash(ID_NUMBER, number.value());
	}

	String idNumber(Person person) {
		return decryptIdNumber(person.getIdNumberEnc());
	}

	String phone(Person person) {
		return decryptPhone(person.getPhoneEnc());
	}

	/** For rows read without loading the entity (the export). */
	String decryptIdNumber(String ciphertext) {
		return ciphertext == null ? null : cipher.decrypt(ID_NUMBER, ciphertext);
	}

	String decryptPhone(String ciphertext) {
		return ciphertext == null ? null : cipher.decrypt(PHONE, ciphertext);
	}

	private String hash(String purpose, String value) {
		return HexFormat.of().formatHex(key.hmac("lookup:" + purpose, value.getBytes(StandardCharsets.UTF_8)));
	}

}
