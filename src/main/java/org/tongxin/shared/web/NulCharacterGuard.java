package org.tongxin.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongxin.shared.domain.Rejection;

/**
 * Refuses a request whose query or form parameters hold a NUL character (U+0000), naming the
 * parameter, before any handler sees it. No one types one; PostgreSQL cannot store or compare one in
 * text, so a NUL in a search box or a unit filter reached the database and came back as a 500 on
 * every list (issue 13). Answered as any refusal: 400 with the field on the API, the error page
 * with the reason on pages.
 */
@Configuration(proxyBeanMethods = false)
class NulCharacterGuard implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (hasNul(parameter.getKey())) {
				throw new Rejection(null, "error.parameter.nul", "?");
			}
			for (String value : parameter.getValue()) {
				if (hasNul(value)) {
					throw new Rejection(parameter.getKey(), "error.parameter.nul", parameter.getKey());
				}
			}
		}
		return true;
	}

	private static boolean hasNul(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

}
