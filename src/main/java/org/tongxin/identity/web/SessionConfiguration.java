package org.tongxin.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in the database, and their cookie, declared here rather than left to defaults: sessions live in the database
 * (Spring Session), whose default cookie is neither HttpOnly nor SameSite. Secure is set whenever
 * the request came over TLS (behind a proxy: set server.forward-headers-strategy).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String COOKIE_NAME = "TONGXIN_SESSION";

	/**
	 * Concurrent requests of one session (a page and its htmx calls) may add the same attribute at
	 * once; the default INSERT then fails on the primary key. PostgreSQL's upsert avoids that.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

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
