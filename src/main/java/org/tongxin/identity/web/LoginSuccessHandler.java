package org.tongxin.identity.web;

import java.io.IOException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.tongxin.identity.internal.SecondFactor;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.identity.internal.Passwords;

/** After the password: ask for the second factor or a new password when they are due. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SecondFactor secondFactor;

	private final Passwords passwords;

	private final java.time.Clock clock;

	LoginSuccessHandler(SecondFactor secondFactor, Passwords passwords, java.time.Clock clock) {
		this.secondFactor = secondFactor;
		this.passwords = passwords;
		this.clock = clock;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		TongxinPrincipal principal = (TongxinPrincipal) authentication.getPrincipal();
		// the absolute session limit counts from here, on the platform's clock (see SessionGuardFilter)
		request.getSession().setAttribute(SessionGuardFilter.SIGNED_IN_AT, clock.millis());
		if (secondFactor.isRequiredFor(principal)) {
			request.getSession().setAttribute(SessionGuardFilter.SECOND_FACTOR_PENDING, Boolean.TRUE);
		}
		if (passwords.isChangeDue(principal.userId())) {
			request.getSession().setAttribute(SessionGuardFilter.PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
