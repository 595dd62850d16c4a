package org.tongxin.shared.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The platform's secret key: from {@code TONGXIN_SECRET_KEY} (base64, 32 bytes) or, when unset,
 * generated once and kept in the data directory (readable by the owner only). Never in the
 * repository. Used for keyed hashes (the audit chain, look-up hashes of ID numbers) and, derived
 * per purpose, for encryption at rest.
 */
@Component
public class PlatformKey {

	private final byte[] key;

	private final java.util.Map<String, byte[]> derived = new java.util.concurrent.ConcurrentHashMap<>();

	PlatformKey(@Value("${tongxin.secret-key:}") String configured, @Value("${tongxin.data-dir}") Path dataDir)
			throws IOException {
		this.key = StringUtils.hasText(configured) ? decode(configured) : loadOrCreate(dataDir.resolve("secret.key"));
	}

	/** HMAC-SHA256 under a key derived for {@code purpose}, so that uses never share a key. */
	public byte[] hmac(String purpose, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(derive(purpose), "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC unavailable", ex);
		}
	}

	/** A 256-bit key for {@code purpose} (e.g. AES-GCM of a field); derived once per purpose (a bulk import asks 100,000 times). */
	public byte[] derive(String purpose) {
		return derived.computeIfAbsent(purpose, this::deriveNow).clone();
	}

	private byte[] deriveNow(String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(("tongxin:" + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC unavailable", ex);
		}
	}

	private static byte[] decode(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64.trim());
		if (bytes.length < 32) {
			throw new IllegalStateException("TONGXIN_SECRET_KEY must be at least 32 bytes (base64)");
		}
		return bytes;
	}

	private static byte[] loadOrCreate(Path file) throws IOException {
		if (Files.exists(file)) {
			return decode(Files.readString(file));
		}
		Files.createDirectories(file.getParent());
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's own permissions protect it
		}
		return fresh;
	}

}
