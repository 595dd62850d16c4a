package org.tongxin.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The links of the shared pagination fragment ({@code fragments/components :: pagination}), from a
 * list's address with its filters: the same list at another size, and the filters as hidden fields
 * of the "jump to page" form, which then works without JavaScript. Templates call it as
 * {@code @pageLinks}.
 */
@Component("pageLinks")
public class PageLinks {

	/** A query parameter, decoded, for a hidden field. */
	public record Param(String name, String value) {
	}

	/** The address's path, the action of the jump form. */
	public String path(String url) {
		return UriComponentsBuilder.fromUriString(url).build().getPath();
	}

	/** The address's parameters but the page (and jump), as hidden fields. */
	public List<Param> hiddenFields(String url) {
		UriComponents parsed = UriComponentsBuilder.fromUriString(url).build();
		List<Param> fields = new ArrayList<>();
		parsed.getQueryParams().forEach((name, values) -> {
			if (!"page".equals(name) && !"jump".equals(name)) {
				values.forEach(v -> fields.add(new Param(decode(name), v == null ? "" : decode(v))));
			}
		});
		return fields;
	}

	/** The same list from its first page at another size. */
	public String withSize(String url, int size) {
		return UriComponentsBuilder.fromUriString(url)
			.replaceQueryParam("page")
			.replaceQueryParam("jump")
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
	}

	private static String decode(String text) {
		return UriUtils.decode(text, StandardCharsets.UTF_8);
	}

}
