package org.tongxin.identity.web;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in the database, and their cookie, declared here rather than left to defaults: sessions live in the database
 * (Spring Session), whose default cookie is neither HttpOnly nor SameSite. Secure is set whenever
 * the request came over TLS (behind a proxy: TONGXIN_FORWARDED_HEADERS=native, platform.web.ForwardedHeadersConfiguration).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String COOKIE_NAME = "TONGXIN_SESSION";

	/** Spring Session's name for the filter that holds each request's session. */
	private static final String SESSION_FILTER = "springSessionRepositoryFilter";

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

	/** The session id in our cookie: what Spring Session does by default, as a bean so the filter below shares it. */
	@Bean
	HttpSessionIdResolver httpSessionIdResolver(CookieSerializer cookieSerializer) {
		CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
		resolver.setCookieSerializer(cookieSerializer);
		return resolver;
	}

	/**
	 * Spring Session's filter, over a repository that writes a session's last access at most once a
	 * minute ({@link ThrottledAccessSessionRepository}). The filter is replaced rather than the
	 * repository: a repository bean of our own would switch off Boot's JDBC session configuration.
	 */
	@Bean
	static BeanPostProcessor sessionAccessThrottle(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> jdbc,
			ObjectProvider<HttpSessionIdResolver> idResolver, ObjectProvider<Clock> clock) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof SessionRepositoryFilter<?>) || !SESSION_FILTER.equals(name)) {
					return bean;
				}
				SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(throttled(jdbc.getObject(), clock.getObject()));
				filter.setHttpSessionIdResolver(idResolver.getObject());
				return filter;
			}
		};
	}

	private static <S extends Session> ThrottledAccessSessionRepository<S> throttled(SessionRepository<S> sessions,
			Clock clock) {
		return new ThrottledAccessSessionRepository<>(sessions, clock);
	}

}
