package org.tongxin.shared.security;

import java.util.Set;

/**
 * The authenticated user on whose behalf a request runs, whether by browser session or API token.
 * Controllers receive it with {@code @AuthenticationPrincipal Actor actor}; services check
 * privilege and data scope against it.
 */
public interface Actor {

	long userId();

	String username();

	String displayName();

	long homeUnitId();

	DataScope scope();

	Set<Privilege> privileges();

	default boolean can(Privilege privilege) {
		return privileges().contains(privilege);
	}

}
