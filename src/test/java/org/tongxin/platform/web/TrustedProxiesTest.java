package org.tongxin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** {@code TONGXIN_TRUSTED_PROXIES} replaces the addresses whose forwarded headers Tomcat believes. */
class TrustedProxiesTest {

	@Test
	void aPatternReplacesTomcatsDefault() {
		TomcatServletWebServerFactory factory = factoryWithValve();
		new ForwardedHeadersConfiguration().trustedProxies("10\\.1\\.2\\.3").customize(factory);
		assertThat(valve(factory).getInternalProxies()).isEqualTo("10\\.1\\.2\\.3");
	}

	@Test
	void emptyKeepsTomcatsDefault() {
		TomcatServletWebServerFactory factory = factoryWithValve();
		String tomcatDefault = valve(factory).getInternalProxies();
		new ForwardedHeadersConfiguration().trustedProxies("").customize(factory);
		assertThat(valve(factory).getInternalProxies()).isEqualTo(tomcatDefault).contains("127");
	}

	private static TomcatServletWebServerFactory factoryWithValve() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		factory.addEngineValves(new RemoteIpValve());
		return factory;
	}

	private static RemoteIpValve valve(TomcatServletWebServerFactory factory) {
		return (RemoteIpValve) factory.getEngineValves().iterator().next();
	}

}
