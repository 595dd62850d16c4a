package org.tongxin.shared.security;

import java.util.Set;

/**
 * An actor outside any request: the platform itself (user 0) or a named account that start-up work
 * acts for, such as the demo data played through the workflows with the privileges the step needs.
 */
public record SystemActor(long userId, String username, String displayName, long homeUnitId, DataScope scope,
		Set<Privilege> privileges) implements Actor {
}
