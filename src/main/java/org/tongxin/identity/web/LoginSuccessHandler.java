package org.tongxin.identity.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.tongxin.identity.internal.SecondFactor;
import org.tongxin.identity.internal.SecurityProperties;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.identity.internal.UserAccountRepository;

/** After the password: ask for the second factor or a new password when they are due. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SecondFactor secondFactor;

	private final UserAccountRepository users;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginSuccessHandler(SecondFactor secondFactor, UserAccountRepository users, SecurityProperties properties, Clock clock) {
		this.secondFactor = secondFactor;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		TongxinPrincipal principal = (TongxinPrincipal) authentication.getPrincipal();
		if (secondFactor.isRequiredFor(principal)) {
			request.getSession().setAttribute(SessionGuardFilter.SECOND_FACTOR_PENDING, Boolean.TRUE);
		}
		boolean passwordDue = users.findById(principal.userId())
			.map(u -> u.isMustChangePassword()
					|| properties.passwordPolicy().isExpired(u.getPasswordChangedAt(), clock.instant()))
			.orElse(false);
		if (passwordDue) {
			request.getSession().setAttribute(SessionGuardFilter.PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
