package org.tongxin.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 of the API chain as problem+json in the caller's language. */
final class ProblemResponses {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	ProblemResponses(MessageSource messages, LocaleResolver localeResolver) {
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			write(response, 401, "Unauthorized", text("error.unauthenticated", localeResolver.resolveLocale(request)));
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, 403, "Forbidden",
				text("error.forbidden", localeResolver.resolveLocale(request)));
	}

	private String text(String code, java.util.Locale locale) {
		return messages.getMessage(code, null, code, locale == null ? LocaleContextHolder.getLocale() : locale);
	}

	private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + escape(detail) + "\"}");
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
