package org.tongxin.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * How htmx asked for a page, as a handler parameter: one endpoint answers the whole page or only a
 * fragment of it. Taking this parameter also marks the answer {@code Vary: HX-Request}, so that a
 * browser cache never hands a fragment to a full page load or the other way round.
 *
 * @param request the request came from htmx ({@code HX-Request})
 * @param historyRestore htmx is restoring a page from history after a cache miss and needs the
 * whole page ({@code HX-History-Restore-Request})
 */
public record Htmx(boolean request, boolean historyRestore) {

	static final String REQUEST = "HX-Request";

	static final String HISTORY_RESTORE = "HX-History-Restore-Request";

	/** Whether the request came from htmx (a filter, a section loading, a badge). */
	public static boolean from(HttpServletRequest request) {
		return request.getHeader(REQUEST) != null;
	}

	/** Whether to answer only the fragment: an htmx request that is not restoring history. */
	public boolean wantsFragment() {
		return request && !historyRestore;
	}

	/** {@code page :: fragment} when only the fragment is wanted, else the whole {@code page}. */
	public String view(String page, String fragment) {
		return wantsFragment() ? page + " :: " + fragment : page;
	}

	/** Resolves {@link Htmx} handler parameters (registered by {@link HtmxConfiguration}). */
	static final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Htmx.class;
		}

		@Override
		public Htmx resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
				WebDataBinderFactory binderFactory) {
			HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
			if (response != null && !response.getHeaders("Vary").contains(REQUEST)) {
				response.addHeader("Vary", REQUEST);
			}
			return new Htmx(webRequest.getHeader(REQUEST) != null, webRequest.getHeader(HISTORY_RESTORE) != null);
		}

	}

}
