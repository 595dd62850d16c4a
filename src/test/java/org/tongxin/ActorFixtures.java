package org.tongxin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * Authenticated actors for MockMvc tests: the principal is an {@link Actor}, as in the running
 * platform, and its privileges are its authorities.
 *
 * <pre>
 * mvc.perform(get("/admin/audit").with(ActorFixtures.as(ActorFixtures.actor("auditor", Privilege.AUDIT_VIEW))))
 * </pre>
 */
public final class ActorFixtures {

	private ActorFixtures() {
	}

	/** An actor of the deployment's top unit (id 1) who sees everything its privileges allow. */
	public static TestActor actor(String username, Privilege... privileges) {
		Set<Privilege> set = privileges.length == 0 ? EnumSet.noneOf(Privilege.class) : EnumSet.of(privileges[0], privileges);
		return new TestActor(1000L + Math.abs(username.hashCode() % 1000), username, username, 1L, DataScope.ALL, set);
	}

	/** An actor homed at {@code homeUnitId} with the given data scope and privileges. */
	public static TestActor actor(DataScope scope, long homeUnitId, Privilege... privileges) {
		return actor("actor-" + scope + "-" + homeUnitId, privileges).withHomeUnit(homeUnitId, scope);
	}

	/** Shorthand: authenticate the request as {@link #actor(DataScope, long, Privilege...)}. */
	public static RequestPostProcessor withActor(DataScope scope, long homeUnitId, Privilege... privileges) {
		return as(actor(scope, homeUnitId, privileges));
	}

	public static RequestPostProcessor as(Actor actor) {
		List<GrantedAuthority> authorities = actor.privileges()
			.stream()
			.map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p.name()))
			.toList();
		return SecurityMockMvcRequestPostProcessors
			.authentication(new TestingAuthenticationToken(actor, null, authorities));
	}

	public record TestActor(long userId, String username, String displayName, long homeUnitId, DataScope scope,
			Set<Privilege> privileges) implements Actor {

		public TestActor withHomeUnit(long unitId, DataScope scope) {
			return new TestActor(userId, username, displayName, unitId, scope, privileges);
		}

	}

}
