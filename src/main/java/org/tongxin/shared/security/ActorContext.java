package org.tongxin.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The current {@link Actor}, for services that are not handed one by a controller. */
@Component
public class ActorContext {

	public Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	public Actor require() {
		return current().orElseThrow(() -> new IllegalStateException("No authenticated actor"));
	}

}
