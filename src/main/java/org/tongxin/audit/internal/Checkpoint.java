package org.tongxin.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * The head of the audit chain as it stood at {@code at}: the newest record's id and hash, signed
 * with the platform key. Kept outside the table (a file in the data directory, and the log), it
 * is what shows, later, that records were cut off the end: the chain itself cannot, since its
 * last link points at nothing.
 *
 * <p>One line: {@code tongxin-audit-checkpoint-v1 <id> <hash> <at> <mac>}.
 */
record Checkpoint(long id, String hash, Instant at, String mac) {

	static final String FORMAT = "tongxin-audit-checkpoint-v1";

	static Checkpoint signed(long id, String hash, Instant at, UnaryOperator<byte[]> mac) {
		return new Checkpoint(id, hash, at, macOf(id, hash, at, mac));
	}

	/** The checkpoint written in {@code line}, or null when the line is not one or its signature does not match. */
	static Checkpoint parse(String line, UnaryOperator<byte[]> mac) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 5 || !FORMAT.equals(parts[0]) || !parts[2].matches("[0-9a-f]{64}")) {
			return null;
		}
		try {
			Checkpoint read = new Checkpoint(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]), parts[4]);
			boolean genuine = java.security.MessageDigest.isEqual(read.mac.getBytes(StandardCharsets.US_ASCII),
					macOf(read.id, read.hash, read.at, mac).getBytes(StandardCharsets.US_ASCII));
			return genuine ? read : null;
		}
		catch (RuntimeException malformed) {
			return null;
		}
	}

	String line() {
		return String.join(" ", FORMAT, Long.toString(id), hash, at.toString(), mac);
	}

	private static String macOf(long id, String hash, Instant at, UnaryOperator<byte[]> mac) {
		String signed = String.join(" ", FORMAT, Long.toString(id), hash, at.toString());
		return HexFormat.of().formatHex(mac.apply(signed.getBytes(StandardCharsets.UTF_8)));
	}

}
