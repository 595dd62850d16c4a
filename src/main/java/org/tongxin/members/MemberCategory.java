package org.tongxin.members;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A kind of united front member (several per person), from the vocabulary the department keeps
 * ({@link MemberCategories}). JSON carries only the {@code code}, as it did when the categories
 * were fixed in code. {@code active} false: kept on the people who have it, no longer offered.
 */
@Schema(type = "string", description = "A category code, e.g. DEMOCRATIC_PARTY (GET /api/v1/members/categories)")
public record MemberCategory(String code, String nameZh, String nameEn, int sortOrder, boolean active) {

	/** A code the vocabulary no longer has (found in old history), named by itself. */
	static MemberCategory unknown(String code) {
		return new MemberCategory(code, code, code, Integer.MAX_VALUE, false);
	}

	@JsonValue
	public String code() {
		return code;
	}

	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
