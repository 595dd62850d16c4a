package org.tongxin.identity;

import java.util.Optional;

import org.tongxin.shared.security.Actor;

/**
 * Where a user starts after login when the office home page is not for them (a member lands on
 * their own profile). Modules that serve such users implement it; the home page asks each in turn.
 * Implementations must be cheap for office users (answer empty without a query when the actor has
 * privileges), since the home page is held to the statement budget.
 */
public interface LandingPage {

	Optional<String> landingFor(Actor actor);

}
