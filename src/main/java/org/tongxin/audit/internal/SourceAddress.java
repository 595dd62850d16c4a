package org.tongxin.audit.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request came from, or null outside a request (a scheduled job, the command
 * line). {@code X-Forwarded-For} is whatever the client chose to send unless a proxy we run
 * rewrites it, so it counts only when {@code tongxin.audit.trust-forwarded-for} says so.
 */
@Component
class SourceAddress {

	private final boolean trustForwardedFor;

	SourceAddress(@Value("${tongxin.audit.trust-forwarded-for:false}") boolean trustForwardedFor) {
		this.trustForwardedFor = trustForwardedFor;
	}

	String current() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		return of(attributes.getRequest());
	}

	String of(HttpServletRequest request) {
		String forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
		if (StringUtils.hasText(forwarded)) {
			// the last entry is the one our own proxy appended; earlier ones the client may have made up
			String[] hops = forwarded.split(",");
			String last = hops[hops.length - 1].trim();
			if (!last.isEmpty()) {
				return last;
			}
		}
		return request.getRemoteAddr();
	}

}
