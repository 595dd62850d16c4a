package org.tongxin.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a browser session must satisfy before it reaches any page: not older than the absolute
 * limit (12 hours by default, whatever the activity), the administrator's second factor passed,
 * an expired password changed. The idle limit is the session timeout itself.
 */
class SessionGuardFilter extends OncePerRequestFilter {

	static final String SECOND_FACTOR_PENDING = "tongxin.secondFactorPending";

	static final String PASSWORD_CHANGE_REQUIRED = "tongxin.passwordChangeRequired";

	/**
	 * When the user signed in, on the platform's clock. The session's own creation time is on the
	 * session store's clock, which a demo's shifted clock (tongxin.clock.offset) does not move; the
	 * two must not be compared.
	 */
	static final String SIGNED_IN_AT = "tongxin.signedInAt";

	private static final Set<String> ALWAYS_OPEN = Set.of("/logout", "/error");

	private final Duration absoluteTimeout;

	private final Clock clock;

	SessionGuardFilter(Duration absoluteTimeout, Clock clock) {
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (session == null || ALWAYS_OPEN.contains(path) || isStatic(path)) {
			chain.doFilter(request, response);
			return;
		}
		Object signedIn = session.getAttribute(SIGNED_IN_AT);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
		// an anonymous session (the login page's) grants nothing: only signed-in sessions age out
		long start = signedIn instanceof Long at ? at : session.getCreationTime();
		if (!(signedIn == null && anonymous) && clock.millis() - start > absoluteTimeout.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			redirect(request, response, "/login?expired");
			return;
		}
		if (session.getAttribute(SECOND_FACTOR_PENDING) != null && !path.startsWith("/login/totp")) {
			redirect(request, response, "/login/totp");
			return;
		}
		if (session.getAttribute(PASSWORD_CHANGE_REQUIRED) != null && session.getAttribute(SECOND_FACTOR_PENDING) == null
				&& !path.startsWith("/account/password")) {
			redirect(request, response, "/account/password");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.equals("/favicon.ico");
	}

	/** htmx follows HX-Redirect; a plain request gets an ordinary redirect. */
	private static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
		String url = request.getContextPath() + target;
		if (org.tongxin.shared.web.Htmx.from(request)) {
			response.setHeader("HX-Redirect", url);
			response.setStatus(HttpServletResponse.SC_OK);
			return;
		}
		response.sendRedirect(url);
	}

}
