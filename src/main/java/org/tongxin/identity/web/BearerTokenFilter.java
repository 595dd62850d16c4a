package org.tongxin.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tongxin.identity.internal.ApiTokens;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. A missing or bad
 * token leaves the request anonymous; the API chain then answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens apiTokens;

	BearerTokenFilter(ApiTokens apiTokens) {
		this.apiTokens = apiTokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			apiTokens.authenticate(header.substring(7).trim()).ifPresent(principal -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
				SecurityContextHolder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}

}
