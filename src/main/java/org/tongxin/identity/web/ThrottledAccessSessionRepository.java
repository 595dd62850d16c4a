package org.tongxin.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session's repository, but a session's last access is written at most once a minute.
 * Spring Session sets the last access on every request, and a changed session is an UPDATE of its
 * row (and a transaction) on every page, though nothing else changed. Here a request within a minute
 * of the stored access leaves the session unchanged, so its save writes nothing; attribute changes,
 * a new id and new sessions are written as before. The idle timeout (30 minutes) therefore counts
 * from an access at most a minute older than the last request: a session may end up to a minute
 * early, never late.
 *
 * <p>Times are the platform's clock (tests move it), for the access written and for the idle check
 * made here; Spring Session's own checks use the system clock, which in production is the same.
 */
final class ThrottledAccessSessionRepository<S extends Session>
		implements SessionRepository<ThrottledAccessSessionRepository.Touched<S>> {

	static final Duration WRITE_INTERVAL = Duration.ofMinutes(1);

	private final SessionRepository<S> sessions;

	private final Clock clock;

	ThrottledAccessSessionRepository(SessionRepository<S> sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public Touched<S> createSession() {
		S session = sessions.createSession();
		session.setLastAccessedTime(clock.instant());
		return new Touched<>(session, clock);
	}

	@Override
	public void save(Touched<S> session) {
		sessions.save(session.session);
	}

	/** The session, unless it is gone or idle for longer than its timeout on the platform's clock. */
	@Override
	public Touched<S> findById(String id) {
		S session = sessions.findById(id);
		if (session == null) {
			return null;
		}
		if (idle(session, clock.instant())) {
			sessions.deleteById(id);
			return null;
		}
		return new Touched<>(session, clock);
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	/** Idle for its whole timeout (a negative timeout never ends), as Spring Session's own check. */
	private static boolean idle(Session session, Instant now) {
		Duration timeout = session.getMaxInactiveInterval();
		return !timeout.isNegative() && !now.isBefore(session.getLastAccessedTime().plus(timeout));
	}

	/** A stored session whose last access moves only once it is a minute old. */
	static final class Touched<S extends Session> implements Session {

		private final S session;

		private final Clock clock;

		private Touched(S session, Clock clock) {
			this.session = session;
			this.clock = clock;
		}

		/** The request's time is taken from the platform's clock, not from the caller (the system clock). */
		@Override
		public void setLastAccessedTime(Instant requested) {
			Instant now = clock.instant();
			if (!now.isBefore(session.getLastAccessedTime().plus(WRITE_INTERVAL))) {
				session.setLastAccessedTime(now);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			return session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return session.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			session.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return idle(session, clock.instant());
		}

	}

}
