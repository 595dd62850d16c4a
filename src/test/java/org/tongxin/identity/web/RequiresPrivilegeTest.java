package org.tongxin.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

class RequiresPrivilegeTest {

	@Requires(Privilege.MEMBER_VIEW)
	static class Guarded {

		String classRule() {
			return "read";
		}

		@Requires({ Privilege.MEMBER_VIEW, Privilege.MEMBER_EXPORT })
		String bothNeeded() {
			return "exported";
		}

		@Requires(Privilege.AUDIT_VIEW)
		String methodReplacesClass() {
			return "audited";
		}

	}

	/** The context is the thread's: left signed in, the next test class on this thread would be too. */
	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private Guarded guardedAs(String... authorities) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("user", "pw", List.of(authorities).stream()
				.map(org.springframework.security.core.authority.SimpleGrantedAuthority::new)
				.toList()));
		ProxyFactory factory = new ProxyFactory(new Guarded());
		factory.setProxyTargetClass(true);
		factory.addAdvisor(RequiresPrivilege.interceptor());
		return (Guarded) factory.getProxy();
	}

	@Test
	void aClassRuleAppliesToMethodsWithoutTheirOwn() {
		assertThat(guardedAs("MEMBER_VIEW").classRule()).isEqualTo("read");
		assertThatThrownBy(() -> guardedAs("AUDIT_VIEW").classRule())
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void everyNamedPrivilegeIsNeeded() {
		assertThat(guardedAs("MEMBER_VIEW", "MEMBER_EXPORT").bothNeeded()).isEqualTo("exported");
		assertThatThrownBy(() -> guardedAs("MEMBER_VIEW").bothNeeded())
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aMethodRuleReplacesTheClassRule() {
		assertThat(guardedAs("AUDIT_VIEW").methodReplacesClass()).isEqualTo("audited");
		assertThatThrownBy(() -> guardedAs("MEMBER_VIEW").methodReplacesClass())
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void nobodySignedInIsRefused() {
		SecurityContextHolder.clearContext();
		ProxyFactory factory = new ProxyFactory(new Guarded());
		factory.setProxyTargetClass(true);
		factory.addAdvisor(RequiresPrivilege.interceptor());
		assertThatThrownBy(() -> ((Guarded) factory.getProxy()).classRule())
			.isInstanceOf(RuntimeException.class);
		SecurityContextHolder.clearContext();
	}


}
