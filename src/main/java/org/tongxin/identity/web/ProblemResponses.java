package org.tongxin.identity.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.tongxin.shared.web.ProblemJson;

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
			ProblemJson.write(response, 401, "Unauthorized", text("error.unauthenticated", localeResolver.resolveLocale(request)),
					request.getRequestURI());
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> ProblemJson.write(response, 403, "Forbidden",
				text("error.forbidden", localeResolver.resolveLocale(request)), request.getRequestURI());
	}

	private String text(String code, java.util.Locale locale) {
		return messages.getMessage(code, null, code, locale == null ? LocaleContextHolder.getLocale() : locale);
	}

}
