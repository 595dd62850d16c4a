package org.tongxin.shared.web;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value computed once per request: two parts of one answer that need the same figures (the
 * dashboard's demands and difficulties both read the demand figures of one question) ask for them
 * under one key and the second gets the first's. Outside a request it simply computes. The key must
 * hold everything the value depends on (the actor, the question).
 */
public final class RequestMemo {

	private static final String PREFIX = RequestMemo.class.getName() + ":";

	private RequestMemo() {
	}

	@SuppressWarnings("unchecked")
	public static <T> T of(String key, Supplier<T> compute) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return compute.get();
		}
		Object known = request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (T) known;
		}
		T value = compute.get();
		request.setAttribute(PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
		return value;
	}

}
