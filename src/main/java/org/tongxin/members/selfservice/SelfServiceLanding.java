package org.tongxin.members.selfservice;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongxin.identity.LandingPage;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;

/** A member (scope OWN, no office privileges) with a linked profile starts at {@code /me}. */
@Component
class SelfServiceLanding implements LandingPage {

	private final AccountLinkRepository links;

	SelfServiceLanding(AccountLinkRepository links) {
		this.links = links;
	}

	@Override
	public Optional<String> landingFor(Actor actor) {
		// office users never pay for the look-up: the home page is held to its statement budget
		if (actor.scope() != DataScope.OWN || !actor.privileges().isEmpty()) {
			return Optional.empty();
		}
		return links.existsByUserId(actor.userId()) ? Optional.of("/me") : Optional.empty();
	}

}
