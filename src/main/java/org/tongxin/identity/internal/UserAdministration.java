package org.tongxin.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Administration of user accounts on behalf of an actor, within the actor's data scope (see
 * {@link UserGuards}). Privileges are declared for method security; every change is audited and a
 * change that affects what a user may do ends their browser sessions.
 */
@Service
public class UserAdministration {

	public static final int MAX_PAGE_SIZE = 100;

	static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

	private final UserAccountRepository users;

	private final UserQuery query;

	private final UserGuards guards;

	private final UserForms forms;

	private final PasswordEncoder passwordEncoder;

	private final SessionTerminator sessions;

	private final ApiTokens apiTokens;

	private final AuditLog auditLog;

	private final Clock clock;

	UserAdministration(UserAccountRepository users, UserQuery query, UserGuards guards, UserForms forms,
			PasswordEncoder passwordEncoder, SessionTerminator sessions, ApiTokens apiTokens, AuditLog auditLog,
			Clock clock) {
		this.users = users;
		this.query = query;
		this.guards = guards;
		this.forms = forms;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.apiTokens = apiTokens;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Requires(Privilege.USER_VIEW)
	@Transactional(readOnly = true)
	public Page<UserAccount> search(Actor actor, UserFilter filter, int page, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new Rejection("size", "user.filter.size", MAX_PAGE_SIZE);
		}
		return query.find(query.criteria(actor, filter, clock.instant()), Math.max(page, 0), size);
	}

	@Requires(Privilege.USER_VIEW)
	@Transactional(readOnly = true)
	public UserAccount get(Actor actor, long id) {
		return guards.visible(actor, id);
	}

	@Requires(Privilege.USER_VIEW)
	@Transactional(readOnly = true)
	public List<Role> roles() {
		return forms.allRoles();
	}

	/** Whether the actor may grant the role (for forms; the services check again). */
	public static boolean canGrant(Actor actor, Role role) {
		return UserGuards.grantable(actor, Set.of(role)).isEmpty();
	}

	@Requires(Privilege.USER_MANAGE)
	@Transactional
	public UserAccount create(Actor actor, NewUser request) {
		String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
		List<FieldProblem> problems = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "user.username.invalid"));
		}
		else if (users.existsByUsernameIgnoreCase(username)) {
			problems.add(new FieldProblem("username", "user.username.taken", username));
		}
		String displayName = forms.displayName(request.displayName(), problems);
		UnitSummary unit = forms.unit(actor, request.homeUnitCode(), null, problems);
		Set<Role> roles = forms.roles(request.roles(), problems);
		problems.addAll(UserGuards.grantable(actor, roles));
		problems.addAll(forms.passwordProblems(request.password(), username));
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Instant now = clock.instant();
		UserAccount user = new UserAccount(username, displayName, passwordEncoder.encode(request.password()), unit.id(), now);
		user.change(displayName, unit.id(), roles, now);
		user.changePassword(user.getPasswordHash(), now, true);
		user.placeAt(unit.path());
		save(user);
		auditLog.append(AuditRecord.of("USER_CREATED").target("user", user.getId()).detail("username", username)
			.detail("displayName", displayName).detail("homeUnit", unit.code())
			.detail("roles", String.join(",", UserDiff.codes(roles))));
		return user;
	}

	@Requires(Privilege.USER_MANAGE)
	@Transactional
	public UserAccount edit(Actor actor, long id, UserChanges changes) {
		UserAccount user = guards.manageable(actor, id);
		checkVersion(user, changes.version());
		List<FieldProblem> problems = new ArrayList<>();
		String displayName = changes.displayName() == null ? user.getDisplayName()
				: forms.displayName(changes.displayName(), problems);
		UnitSummary oldUnit = forms.unitById(user.getHomeUnitId());
		UnitSummary unit = changes.homeUnitCode() == null ? oldUnit
				: forms.unit(actor, changes.homeUnitCode(), oldUnit, problems);
		Set<Role> roles = changes.roles() == null ? user.getRoles() : forms.roles(changes.roles(), problems);
		problems.addAll(UserGuards.grantable(actor, forms.added(user.getRoles(), roles)));
		if (user.getId() == actor.userId() && roles.stream().noneMatch(r -> r.getPrivileges().contains(Privilege.USER_MANAGE))) {
			problems.add(new FieldProblem("roles", "user.self.keepManage"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		UserDiff diff = UserDiff.between(user, oldUnit, displayName, unit, roles);
		if (diff.isEmpty()) {
			return user;
		}
		user.change(displayName, unit.id(), roles, clock.instant());
		user.placeAt(unit.path());
		save(user);
		auditLog.append(diff.toAudit(user.getId(), user.getUsername()));
		if (diff.rolesChanged()) {
			endSessions(actor, user);
		}
		if (diff.rolesChanged() || diff.unitChanged()) {
			// what a token may reach is the account's privileges and scope: new ones need a new token
			apiTokens.revokeAll(user.getId(), user.getUsername(), diff.rolesChanged() ? "ROLES_CHANGED" : "UNIT_CHANGED");
		}
		return user;
	}

	@Requires(Privilege.USER_MANAGE)
	@Transactional
	public UserAccount disable(Actor actor, long id) {
		UserAccount user = guards.manageable(actor, id);
		if (user.getId() == actor.userId()) {
			throw new Rejection(null, "user.self.disable");
		}
		if (user.isEnabled()) {
			user.setEnabled(false, clock.instant());
			auditLog.append(AuditRecord.of("USER_DISABLED").target("user", id).detail("username", user.getUsername()));
			endSessions(actor, user);
			apiTokens.revokeAll(user.getId(), user.getUsername(), "DISABLED");
		}
		return save(user);
	}

	@Requires(Privilege.USER_MANAGE)
	@Transactional
	public UserAccount enable(Actor actor, long id) {
		UserAccount user = guards.manageable(actor, id);
		if (!user.isEnabled()) {
			user.setEnabled(true, clock.instant());
			auditLog.append(AuditRecord.of("USER_ENABLED").target("user", id).detail("username", user.getUsername()));
		}
		return save(user);
	}

	@Requires(Privilege.USER_MANAGE)
	@Transactional
	public UserAccount unlock(Actor actor, long id) {
		UserAccount user = guards.manageable(actor, id);
		Instant now = clock.instant();
		if (user.isLockedAt(now) || user.getFailedAttempts() > 0) {
			auditLog.append(AuditRecord.of("USER_UNLOCKED").target("user", id).detail("username", user.getUsername())
				.detail("wasLocked", user.isLockedAt(now)));
			user.unlock(now);
		}
		return save(user);
	}

	/** Sets a temporary password, to be changed at the next login. */
	@Requires(Privilege.USER_MANAGE)
	@Transactional
	public UserAccount resetPassword(Actor actor, long id, String password) {
		UserAccount user = guards.manageable(actor, id);
		List<FieldProblem> problems = forms.passwordProblems(password, user.getUsername());
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		user.changePassword(passwordEncoder.encode(password), clock.instant(), true);
		auditLog.append(AuditRecord.of("PASSWORD_RESET").target("user", id).detail("username", user.getUsername()));
		endSessions(actor, user);
		apiTokens.revokeAll(user.getId(), user.getUsername(), "PASSWORD_RESET");
		return save(user);
	}

	private static void checkVersion(UserAccount user, Long expected) {
		if (expected == null) {
			throw new Rejection("version", "user.version.required");
		}
		if (expected != user.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, user.getId());
		}
	}

	/** Flushes so that a clash (same user name created concurrently) is answered here. */
	private UserAccount save(UserAccount user) {
		try {
			return users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw new Rejection("username", "user.username.taken", user.getUsername());
		}
	}

	/** The actor's own session is kept: they just made the change and see its result. */
	private void endSessions(Actor actor, UserAccount user) {
		if (user.getId() != actor.userId()) {
			sessions.endSessionsAfterCommit(user.getUsername());
		}
	}

}
