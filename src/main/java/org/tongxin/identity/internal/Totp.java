package org.tongxin.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the kind every
 * authenticator app speaks. One step of clock drift either way is accepted.
 */
public final class Totp {

	private static final int STEP_SECONDS = 30;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private Totp() {
	}

	public static String newSecret() {
		byte[] bytes = new byte[20];
		new SecureRandom().nextBytes(bytes);
		return base32(bytes);
	}

	public static boolean verify(String base32Secret, String code, Instant now) {
		if (code == null || !code.trim().matches("\\d{6}")) {
			return false;
		}
		long step = now.getEpochSecond() / STEP_SECONDS;
		for (long s = step - 1; s <= step + 1; s++) {
			if (java.security.MessageDigest.isEqual(codeAt(base32Secret, s).getBytes(), code.trim().getBytes())) {
				return true;
			}
		}
		return false;
	}

	public static String codeAt(String base32Secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(unbase32(base32Secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 unavailable", ex);
		}
	}

	public static String currentCode(String base32Secret, Instant now) {
		return codeAt(base32Secret, now.getEpochSecond() / STEP_SECONDS);
	}

	/** The URI an authenticator app reads (typed in, or from a QR code). */
	public static String otpauthUri(String issuer, String account, String base32Secret) {
		String label = java.net.URLEncoder.encode(issuer + ":" + account, java.nio.charset.StandardCharsets.UTF_8);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer="
				+ java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8) + "&digits=6&period=30";
	}

	static String base32(byte[] data) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] unbase32(String text) {
		String clean = text.replace(" ", "").replace("=", "").toUpperCase();
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return java.util.Arrays.copyOf(out.array(), out.position());
	}

}
