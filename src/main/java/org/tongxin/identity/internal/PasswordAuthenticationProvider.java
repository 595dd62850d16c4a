package org.tongxin.identity.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;

/** Form login and token issue both authenticate here, under the same lockout rule. */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final LoginAttempts loginAttempts;

	private final MessageSource messages;

	private final Units units;

	PasswordAuthenticationProvider(LoginAttempts loginAttempts, MessageSource messages, Units units) {
		this.loginAttempts = loginAttempts;
		this.messages = messages;
		this.units = units;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		return loginAttempts.attempt(authentication.getName(), password)
			.map(account -> new TongxinPrincipal(account,
					units.find(account.getHomeUnitId()).map(UnitSummary::name).orElse(null)))
			.map(p -> UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities()))
			.orElseThrow(() -> new BadCredentialsException(
					messages.getMessage("login.failed", null, LocaleContextHolder.getLocale())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
