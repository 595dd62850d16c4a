package org.tongxin.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;

/**
 * Checks a username and password under the lockout rule and records the outcome, in its own
 * transaction so that a failure is counted and audited even though the login is refused. Unknown,
 * disabled and locked accounts take the same time and give the same answer as a wrong password.
 */
@Service
public class LoginAttempts {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final SecurityProperties properties;

	private final Clock clock;

	private final String timingEqualiserHash;

	LoginAttempts(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog,
			SecurityProperties properties, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.properties = properties;
		this.clock = clock;
		this.timingEqualiserHash = passwordEncoder.encode("timing-equaliser-not-a-password");
	}

	/** The user when the credentials are right and the account may log in; empty otherwise. */
	@Transactional
	public Optional<UserAccount> attempt(String username, String password) {
		Instant now = clock.instant();
		// a name with control characters names nobody (PostgreSQL cannot even compare a NUL): it is
		// refused as an unknown user and recorded with the characters replaced, never an error
		String typed = username == null ? "" : username.trim();
		String tried = typed.replaceAll("\\p{Cntrl}", "\uFFFD");
		Optional<UserAccount> found = tried.equals(typed) ? users.findByUsernameIgnoreCase(tried) : Optional.empty();
		if (found.isEmpty() || !found.get().isEnabled()) {
			passwordEncoder.matches(password, timingEqualiserHash);
			return refuse(found.map(UserAccount::getId).orElse(null), tried, found.isEmpty() ? "UNKNOWN_USER" : "DISABLED");
		}
		UserAccount user = found.get();
		if (user.isLockedAt(now)) {
			passwordEncoder.matches(password, timingEqualiserHash);
			return refuse(user.getId(), user.getUsername(), "LOCKED");
		}
		if (!passwordEncoder.matches(password, user.getPasswordHash())) {
			if (user.registerFailure(now, properties.lockoutPolicy())) {
				auditLog.append(AuditRecord.of("ACCOUNT_LOCKED").actor(user.getId(), user.getUsername())
					.target("user", user.getId()).detail("until", user.getLockedUntil()));
			}
			return refuse(user.getId(), user.getUsername(), "BAD_PASSWORD");
		}
		user.registerSuccess();
		auditLog.append(AuditRecord.of("LOGIN_SUCCESS").actor(user.getId(), user.getUsername()).target("user", user.getId()));
		return Optional.of(user);
	}

	private Optional<UserAccount> refuse(Long userId, String username, String reason) {
		String name = username.length() > 64 ? username.substring(0, 64) : username;
		auditLog.append(AuditRecord.of("LOGIN_FAILURE").actor(userId, name.isEmpty() ? "?" : name)
			.target("user", userId).detail("reason", reason));
		return Optional.empty();
	}

}
