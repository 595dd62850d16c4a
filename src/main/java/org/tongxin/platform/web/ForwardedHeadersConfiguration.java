package org.tongxin.platform.web;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * Behind a TLS-terminating proxy ({@code TONGXIN_FORWARDED_HEADERS=native}, which is
 * {@code server.forward-headers-strategy}), Tomcat's RemoteIpValve takes the scheme and client
 * address from {@code X-Forwarded-Proto}/{@code -For}, so a request that came over HTTPS counts as
 * secure: the session cookie gets {@code Secure} and Spring Security sends HSTS (issue 13). The
 * valve believes those headers only from the proxies it trusts: Tomcat's default (loopback and
 * private addresses), or {@code TONGXIN_TRUSTED_PROXIES}, a regular expression of addresses.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeadersConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatWebServerFactory> trustedProxies(
			@Value("${tongxin.web.trusted-proxies:}") String trustedProxies) {
		return new TrustedProxies(trustedProxies);
	}

	/** Runs after Boot's own Tomcat customizer, which adds the valve. */
	private record TrustedProxies(String pattern) implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatWebServerFactory factory) {
			if (!StringUtils.hasText(pattern)) {
				return;
			}
			factory.getEngineValves()
				.stream()
				.filter(RemoteIpValve.class::isInstance)
				.map(RemoteIpValve.class::cast)
				.forEach(valve -> valve.setInternalProxies(pattern.strip()));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
