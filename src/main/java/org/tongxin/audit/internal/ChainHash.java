package org.tongxin.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * The hash of an audit record: a keyed HMAC (so that nobody without the platform key can forge a
 * consistent chain after editing a row) over a canonical encoding of its fields.
 *
 * <p>Each field is written as a 4-byte length and its UTF-8 bytes, a missing value as length -1.
 * Plain concatenation would be ambiguous: ("ab", "c") and ("a", "bc") would hash alike, and so
 * would null and "".
 */
public final class ChainHash {

	/** The link of the first record: there is nothing before it. */
	public static final String GENESIS = "0".repeat(64);

	/** Names the encoding, so that a future change of fields cannot collide with this one. */
	private static final String FORMAT = "tongxin-audit-v1";

	private final UnaryOperator<byte[]> mac;

	/** @param mac HMAC-SHA256 under the audit chain's key */
	public ChainHash(UnaryOperator<byte[]> mac) {
		this.mac = mac;
	}

	/** Lower-case hex of the MAC of the link's canonical encoding: 64 characters. */
	public String of(ChainLink link) {
		return HexFormat.of().formatHex(mac.apply(canonical(link)));
	}

	static byte[] canonical(ChainLink link) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		field(out, FORMAT);
		field(out, link.prevHash());
		field(out, Long.toString(link.occurredAtMicros()));
		field(out, link.actorId() == null ? null : Long.toString(link.actorId()));
		field(out, link.actorName());
		field(out, link.action());
		field(out, link.targetType());
		field(out, link.targetId());
		field(out, link.detail());
		field(out, link.sourceIp());
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, String value) {
		if (value == null) {
			out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
		out.writeBytes(bytes);
	}

}
