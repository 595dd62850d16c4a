package org.tongxin.members.importing;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.tongxin.shared.domain.Rejection;

/**
 * A column mapping as JSON, an object from each header to a field key or "ignore": as a script sends it, as
 * it is kept with a staged import and as it is remembered for the next sheet of the same shape.
 */
final class MappingJson {

	/** More columns than any sheet of people has; a bigger mapping is not one. */
	static final int MAX_COLUMNS = 200;

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private MappingJson() {
	}

	static String write(Map<String, String> mapping) {
		return JsonMapper.shared().writeValueAsString(mapping);
	}

	/** A mapping this application wrote. */
	static Map<String, String> read(String json) {
		return json == null ? Map.of() : JsonMapper.shared().readValue(json, MAP);
	}

	/** A mapping sent by a client: null when none was sent; anything but an object of texts is refused on "mapping". */
	static Map<String, String> parse(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		Map<String, String> mapping;
		try {
			mapping = JsonMapper.shared().readValue(json, MAP);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new Rejection("mapping", "member.import.mapping.invalid");
		}
		if (mapping == null || mapping.size() > MAX_COLUMNS || mapping.containsValue(null)) {
			throw new Rejection("mapping", "member.import.mapping.invalid");
		}
		return mapping;
	}

}
