package org.tongxin.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.identity.MemberAccounts;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * {@link MemberAccounts}: the same user name and password rules as the user administration, the
 * built-in role MEMBER only, and the same audit actions (USER_CREATED, USER_ENABLED, USER_DISABLED),
 * so the audit trail reads alike whoever opened the account.
 */
@Service
class MemberAccountService implements MemberAccounts {

	static final String MEMBER_ROLE = "MEMBER";

	/** Without look-alikes (0/O, 1/l/I), since the member types it from a slip of paper on a phone. */
	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private final SecureRandom random = new SecureRandom();

	private final UserAccountRepository users;

	private final RoleRepository roles;

	private final Passwords passwords;

	private final PasswordEncoder passwordEncoder;

	private final SessionTerminator sessions;

	private final Units units;

	private final AuditLog auditLog;

	private final Clock clock;

	MemberAccountService(UserAccountRepository users, RoleRepository roles, Passwords passwords,
			PasswordEncoder passwordEncoder, SessionTerminator sessions, Units units, AuditLog auditLog, Clock clock) {
		this.users = users;
		this.roles = roles;
		this.passwords = passwords;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.units = units;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> taken(Collection<String> usernames) {
		return usernames.isEmpty() ? Set.of() : Set.copyOf(users.takenAmong(usernames));
	}

	@Override
	public String initialPassword() {
		StringBuilder out = new StringBuilder(randomGroups());
		// a deployment may ask for longer passwords than these three groups
		while (!passwords.check("password", out.toString(), "").isEmpty() && out.length() < 64) {
			out.append('-').append(randomGroups());
		}
		return out.toString();
	}

	private String randomGroups() {
		StringBuilder out = new StringBuilder();
		for (int group = 0; group < 3; group++) {
			if (group > 0) {
				out.append('-');
			}
			for (int i = 0; i < 4; i++) {
				String alphabet = group == 2 ? DIGITS : LETTERS;
				out.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
		}
		// three groups: letters, letters, digits; a symbol between them; upper and lower case forced
		out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
		out.setCharAt(5, Character.toLowerCase(out.charAt(5)));
		return out.toString();
	}

	@Override
	@Transactional
	public long open(String username, String displayName, long homeUnitId, String password, boolean temporary) {
		String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		List<FieldProblem> problems = new ArrayList<>();
		if (!UserAdministration.USERNAME.matcher(name).matches()) {
			problems.add(new FieldProblem("username", "user.username.invalid"));
		}
		else if (users.existsByUsernameIgnoreCase(name)) {
			problems.add(new FieldProblem("username", "user.username.taken", name));
		}
		problems.addAll(passwords.check("password", password, name));
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		UnitSummary unit = units.find(homeUnitId).orElseThrow(() -> new IllegalArgumentException("No unit " + homeUnitId));
		Role member = roles.findByCode(MEMBER_ROLE).orElseThrow(() -> new IllegalStateException("No MEMBER role"));
		Instant now = clock.instant();
		UserAccount user = new UserAccount(name, displayName, passwordEncoder.encode(password), unit.id(), now);
		user.change(displayName, unit.id(), Set.of(member), now);
		user.changePassword(user.getPasswordHash(), now, temporary);
		user.placeAt(unit.path());
		try {
			users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException clash) {
			throw new Rejection("username", "user.username.taken", name);
		}
		auditLog.append(AuditRecord.of("USER_CREATED").target("user", user.getId()).detail("username", name)
			.detail("displayName", displayName).detail("homeUnit", unit.code()).detail("roles", MEMBER_ROLE));
		return user.getId();
	}

	@Override
	@Transactional
	public void setEnabled(long userId, boolean enabled) {
		UserAccount user = users.findById(userId)
			.filter(u -> u.getRoles().size() == 1 && MEMBER_ROLE.equals(u.getRoles().iterator().next().getCode()))
			.orElseThrow(() -> new IllegalArgumentException("Not a member account: " + userId));
		if (user.isEnabled() == enabled) {
			return;
		}
		user.setEnabled(enabled, clock.instant());
		users.saveAndFlush(user);
		auditLog.append(AuditRecord.of(enabled ? "USER_ENABLED" : "USER_DISABLED").target("user", userId)
			.detail("username", user.getUsername()));
		if (!enabled) {
			sessions.endSessionsAfterCommit(user.getUsername());
		}
	}

}
