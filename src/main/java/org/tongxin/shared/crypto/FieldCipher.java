package org.tongxin.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encryption at rest of single fields (ID numbers, phones, TOTP secrets): AES-256-GCM under a
 * key derived per purpose from the {@link PlatformKey}, a fresh 96-bit nonce per value, stored as
 * base64(nonce || ciphertext+tag). The purpose is also bound as associated data, so a value cannot
 * be moved from one column to another.
 */
@Component
public class FieldCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final PlatformKey platformKey;

	private final SecureRandom random = new SecureRandom();

	FieldCipher(PlatformKey platformKey) {
		this.platformKey = platformKey;
	}

	public String encrypt(String purpose, String plaintext) {
		return Base64.getEncoder().encodeToString(seal(purpose, plaintext.getBytes(StandardCharsets.UTF_8)));
	}

	public String decrypt(String purpose, String stored) {
		try {
			return new String(open(purpose, Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Decryption failed: damaged value", ex);
		}
	}

	/** nonce || ciphertext+tag of {@code plain}: for values too large to carry as base64 text (uploaded files). */
	public byte[] seal(String purpose, byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, purpose, nonce);
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public byte[] open(String purpose, byte[] sealed) {
		try {
			byte[] nonce = java.util.Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, purpose, nonce);
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			throw new IllegalStateException("Decryption failed: wrong key or damaged value", ex);
		}
	}

	private Cipher cipher(int mode, String purpose, byte[] nonce) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(platformKey.derive("field:" + purpose), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
