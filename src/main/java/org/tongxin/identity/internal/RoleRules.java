package org.tongxin.identity.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.domain.Rejection.FieldProblem;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/** The checks on a submitted role, and the audit record of what an edit changed. */
final class RoleRules {

	private static final int MAX_NAME = 100;

	private RoleRules() {
	}

	/** Only privileges being added are checked against the actor's: removing is not escalation. */
	static List<FieldProblem> check(Actor actor, RoleDraft draft, Set<Privilege> before, Set<Privilege> after) {
		List<FieldProblem> problems = new ArrayList<>();
		name("nameZh", draft.nameZh(), problems);
		name("nameEn", draft.nameEn(), problems);
		if (draft.scope() == null) {
			problems.add(new FieldProblem("scope", "role.scope.required"));
		}
		else if (UserGuards.wider(draft.scope(), actor.scope())) {
			problems.add(new FieldProblem("scope", "role.scope.escalation"));
		}
		for (Privilege privilege : after) {
			if (!before.contains(privilege) && !actor.can(privilege)) {
				problems.add(new FieldProblem("privileges", "role.privilege.escalation", privilege.name()));
			}
		}
		return problems;
	}

	private static void name(String field, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "role.name.required"));
		}
		else if (value.trim().length() > MAX_NAME) {
			problems.add(new FieldProblem(field, "role.name.tooLong", MAX_NAME));
		}
	}

	static AuditRecord diff(Role role, RoleDraft draft, Set<Privilege> before, Set<Privilege> after) {
		Set<Privilege> added = EnumSet.noneOf(Privilege.class);
		added.addAll(after);
		added.removeAll(before);
		Set<Privilege> removed = EnumSet.noneOf(Privilege.class);
		removed.addAll(before);
		removed.removeAll(after);
		AuditRecord record = AuditRecord.of("ROLE_UPDATED").target("role", role.getId()).detail("code", role.getCode());
		if (!added.isEmpty()) {
			record.detail("privilegesAdded", join(added));
		}
		if (!removed.isEmpty()) {
			record.detail("privilegesRemoved", join(removed));
		}
		if (role.getScope() != draft.scope()) {
			record.detail("scope.from", role.getScope()).detail("scope.to", draft.scope());
		}
		if (!role.getNameZh().equals(draft.nameZh().trim()) || !role.getNameEn().equals(draft.nameEn().trim())) {
			record.detail("nameZh", draft.nameZh().trim()).detail("nameEn", draft.nameEn().trim());
		}
		return record;
	}

	static String join(Set<Privilege> privileges) {
		return privileges.stream().map(Privilege::name).sorted().collect(Collectors.joining(","));
	}

}
