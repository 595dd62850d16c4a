package org.tongxin.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The detail of a record as compact JSON text, keys in the order the caller gave them. Written by
 * hand so that the stored text, which the hash covers, cannot change with a JSON library's
 * defaults; read back with Jackson for display.
 */
public final class DetailJson {

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private DetailJson() {
	}

	/** {@code {"from":"a","to":"b"}}, or null for no detail. */
	public static String write(Map<String, String> detail) {
		if (detail == null || detail.isEmpty()) {
			return null;
		}
		StringBuilder json = new StringBuilder("{");
		detail.forEach((key, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			string(json, key).append(':');
			string(json, value == null ? "" : value);
		});
		return json.append('}').toString();
	}

	/**
	 * The detail as an ordered map; text that is not a JSON object (a row edited by hand) is shown
	 * as it is under the key "" rather than hidden.
	 */
	public static Map<String, String> read(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			return JsonMapper.shared().readValue(json, MAP);
		}
		catch (JacksonException ex) {
			return Map.of("", json);
		}
	}

	private static StringBuilder string(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}

}
