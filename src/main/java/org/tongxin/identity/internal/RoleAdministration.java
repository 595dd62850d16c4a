package org.tongxin.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Roles and their privileges. A role manager can only put into a role what they hold themselves
 * (privileges, and a scope no wider than theirs), and the built-in ADMIN role always keeps the
 * privileges that administer users and roles, so administration cannot lock itself out.
 */
@Service
public class RoleAdministration {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private static final Set<Privilege> ADMIN_KEEPS = EnumSet.of(Privilege.ROLE_MANAGE, Privilege.USER_MANAGE);

	private final RoleRepository roles;

	private final UserAccountRepository users;

	private final SessionTerminator sessions;

	private final AuditLog auditLog;

	private final Clock clock;

	RoleAdministration(RoleRepository roles, UserAccountRepository users, SessionTerminator sessions, AuditLog auditLog,
			Clock clock) {
		this.roles = roles;
		this.users = users;
		this.sessions = sessions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Two statements: the roles with their privileges, and the holder count of every role. */
	@Requires(Privilege.ROLE_MANAGE)
	@Transactional(readOnly = true)
	public List<RoleSummary> list() {
		Map<Long, Long> holders = new HashMap<>();
		users.countHoldersByRole().forEach(row -> holders.put((Long) row[0], (Long) row[1]));
		return roles.findAllWithPrivileges()
			.stream()
			.map(r -> new RoleSummary(r, r.getPrivileges().size(), holders.getOrDefault(r.getId(), 0L)))
			.toList();
	}

	@Requires(Privilege.ROLE_MANAGE)
	@Transactional(readOnly = true)
	public Role get(long id) {
		return roles.findById(id).orElseThrow(() -> new NotFoundException("role", id));
	}

	@Requires(Privilege.ROLE_MANAGE)
	@Transactional
	public Role create(Actor actor, RoleDraft draft) {
		String code = draft.code() == null ? "" : draft.code().trim();
		List<FieldProblem> problems = new ArrayList<>();
		if (code.length() < 2 || code.length() > 64 || !CODE.matcher(code).matches()) {
			problems.add(new FieldProblem("code", "role.code.invalid"));
		}
		else if (roles.existsByCode(code)) {
			problems.add(new FieldProblem("code", "role.code.taken", code));
		}
		Set<Privilege> privileges = privileges(draft);
		problems.addAll(RoleRules.check(actor, draft, EnumSet.noneOf(Privilege.class), privileges));
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Role role;
		try {
			role = roles.saveAndFlush(new Role(code, draft.nameZh().trim(), draft.nameEn().trim(), draft.scope(),
					privileges, false));
		}
		catch (DataIntegrityViolationException ex) {
			throw new Rejection("code", "role.code.taken", code);
		}
		auditLog.append(AuditRecord.of("ROLE_CREATED").target("role", role.getId()).detail("code", code)
			.detail("scope", draft.scope()).detail("privileges", RoleRules.join(privileges)));
		return role;
	}

	@Requires(Privilege.ROLE_MANAGE)
	@Transactional
	public Role edit(Actor actor, long id, RoleDraft draft) {
		Role role = get(id);
		if (draft.version() == null) {
			throw new Rejection("version", "role.version.required");
		}
		if (draft.version() != role.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Role.class, id);
		}
		Set<Privilege> before = role.getPrivileges().isEmpty() ? EnumSet.noneOf(Privilege.class)
				: EnumSet.copyOf(role.getPrivileges());
		Set<Privilege> after = privileges(draft);
		List<FieldProblem> problems = new ArrayList<>(RoleRules.check(actor, draft, before, after));
		if (DefaultRoles.ADMIN.equals(role.getCode()) && !after.containsAll(ADMIN_KEEPS)) {
			problems.add(new FieldProblem("privileges", "role.admin.keep"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		AuditRecord record = RoleRules.diff(role, draft, before, after);
		if (record.detail().size() == 1) {
			return role;
		}
		boolean reachChanged = !before.equals(after) || role.getScope() != draft.scope();
		role.change(draft.nameZh().trim(), draft.nameEn().trim(), draft.scope(), after, clock.instant());
		roles.saveAndFlush(role);
		auditLog.append(record);
		if (reachChanged) {
			// holders keep a snapshot of their privileges in the session: make them log in again
			users.usernamesHolding(id)
				.stream()
				.filter(name -> !name.equals(actor.username()))
				.forEach(sessions::endSessionsAfterCommit);
		}
		return role;
	}

	private static Set<Privilege> privileges(RoleDraft draft) {
		return draft.privileges() == null || draft.privileges().isEmpty() ? EnumSet.noneOf(Privilege.class)
				: EnumSet.copyOf(draft.privileges());
	}

}
