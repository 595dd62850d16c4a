package org.tongxin.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, declared here rather than left to defaults: sessions live in the database
 * (Spring Session), whose default cookie is neither HttpOnly nor SameSite. Secure is set whenever
 * the request came over TLS (behind a proxy: set server.forward-headers-strategy).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	static final String COOKIE_NAME = "TONGXIN_SESSION";

	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(COOKIE_NAME);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}

}
