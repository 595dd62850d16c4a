package org.tongxin.shared.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What every module that keeps uploaded files needs: a name safe to store and show, and a digest. */
public final class StoredFiles {

	private StoredFiles() {
	}

	/** The last path segment, without control characters, at most 200 characters ("file" when nothing is left). */
	public static String safeName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (base.isEmpty()) {
			base = "file";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	/** The SHA-256 of the content, in lower-case hex. */
	public static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
