package org.tongxin.shared.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.tongxin.shared.domain.Rejection;

/**
 * The filter bar of a figures or report page (GET, no form object): the period fields as typed,
 * for the shared fragment {@code fragments/period :: fields(prefix)}, and a refused filter shown
 * again with each reason next to its field, answered 400.
 */
public final class FilterBar {

	private FilterBar() {
	}

	/** The period as typed, for {@code yearFilter}, {@code fromFilter} and {@code toFilter}. */
	public static void period(Model model, String year, String from, String to) {
		model.addAttribute("yearFilter", typed(year));
		model.addAttribute("fromFilter", typed(from));
		model.addAttribute("toFilter", typed(to));
	}

	/** The reasons of the rejection by field ({@code errors}; the first one per field), and status 400. */
	public static void refused(Rejection rejection, MessageSource messages, Locale locale, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = new HashMap<>();
		rejection.problems().forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.code(), p.args(), locale)));
		model.addAttribute("errors", errors);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
	}

	private static String typed(String value) {
		return value == null ? "" : value.strip();
	}

}
