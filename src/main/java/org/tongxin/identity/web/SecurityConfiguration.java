package org.tongxin.identity.web;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.identity.internal.ApiTokens;
import org.tongxin.identity.internal.Passwords;
import org.tongxin.identity.internal.SecondFactor;
import org.tongxin.identity.internal.SecurityProperties;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Two filter chains. {@code /api/**}: stateless, bearer tokens only, so CSRF cannot ride on a
 * cookie; errors as problem+json. Everything else: browser sessions with form login, CSRF on every
 * state-changing request, strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** {@code @Requires(Privilege...)} on controllers and module methods (static: method security is infrastructure). */
	@Bean
	@org.springframework.context.annotation.Role(org.springframework.beans.factory.config.BeanDefinition.ROLE_INFRASTRUCTURE)
	static org.springframework.aop.Advisor requiresPrivilege() {
		return RequiresPrivilege.interceptor();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	@Bean
	AuthenticationManager authenticationManager(AuthenticationProvider passwordAuthenticationProvider) {
		return new ProviderManager(passwordAuthenticationProvider);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens apiTokens, MessageSource messages,
			LocaleResolver localeResolver) throws Exception {
		ProblemResponses problems = new ProblemResponses(messages, localeResolver);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
				.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(apiTokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
				.accessDeniedHandler(problems.forbidden()))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authenticationManager,
			SecondFactor secondFactor, Passwords passwords, SecurityProperties properties, Clock clock,
			AuditLog auditLog, Environment environment) throws Exception {
		boolean bench = Arrays.asList(environment.getActiveProfiles()).contains("bench");
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(a -> {
				a.requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/login",
						"/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**")
					.permitAll();
				if (bench) {
					a.requestMatchers("/bench/**").permitAll();
				}
				a.anyRequest().authenticated();
			})
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LoginSuccessHandler(secondFactor, passwords, clock))
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof TongxinPrincipal p) {
						auditLog.append(AuditRecord.of("LOGOUT").actor(p.userId(), p.username()).target("user", p.userId()));
					}
				})
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("TONGXIN_SESSION"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterBefore(new SessionGuardFilter(properties.sessionAbsoluteTimeout(), clock), AuthorizationFilter.class)
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
