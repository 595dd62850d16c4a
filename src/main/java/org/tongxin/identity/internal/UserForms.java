package org.tongxin.identity.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;
import org.tongxin.shared.security.Actor;

/**
 * Reads the fields of a user form into checked values, collecting every problem (so a form shows
 * them all at once) instead of stopping at the first.
 */
@Component
class UserForms {

	private static final int MAX_NAME = 100;

	private final RoleRepository roles;

	private final UnitChoices units;

	private final Passwords passwords;

	UserForms(RoleRepository roles, UnitChoices units, Passwords passwords) {
		this.roles = roles;
		this.units = units;
		this.passwords = passwords;
	}

	String displayName(String value, List<FieldProblem> problems) {
		String name = value == null ? "" : value.trim();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("displayName", "user.displayName.required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new FieldProblem("displayName", "user.displayName.tooLong", MAX_NAME));
		}
		return name;
	}

	/**
	 * The unit typed (name or code); missing and out-of-scope units are one problem, as both are
	 * unknown to the actor. The user's {@code current} unit, kept as the form shows it, stays
	 * acceptable (even if deactivated since).
	 */
	UnitSummary unit(Actor actor, String typed, UnitSummary current, List<FieldProblem> problems) {
		if (!StringUtils.hasText(typed)) {
			problems.add(new FieldProblem("homeUnitCode", "user.homeUnit.required"));
			return null;
		}
		String text = typed.strip();
		if (current != null && (current.code().equals(text) || UnitPicker.label(current).equals(text))) {
			return current;
		}
		try {
			return units.picked(actor, "homeUnitCode", "user.homeUnit", text).orElse(null);
		}
		catch (Rejection notOneUnit) {
			problems.addAll(notOneUnit.problems());
			return null;
		}
	}

	UnitSummary unitById(long id) {
		return units.find(id).orElse(null);
	}

	Set<Role> roles(Collection<String> codes, List<FieldProblem> problems) {
		if (codes == null || codes.isEmpty()) {
			problems.add(new FieldProblem("roles", "user.roles.required"));
			return Set.of();
		}
		List<Role> found = roles.findByCodes(codes);
		for (String code : codes) {
			if (found.stream().noneMatch(r -> r.getCode().equals(code))) {
				problems.add(new FieldProblem("roles", "user.role.unknown", code));
			}
		}
		return new HashSet<>(found);
	}

	/** Roles in {@code after} that were not in {@code before}, compared by code. */
	Set<Role> added(Set<Role> before, Set<Role> after) {
		Set<String> had = UserDiff.codes(before);
		Set<Role> added = new HashSet<>();
		after.stream().filter(r -> !had.contains(r.getCode())).forEach(added::add);
		return added;
	}

	List<FieldProblem> passwordProblems(String password, String username) {
		return passwords.check("password", password, username);
	}

	List<Role> allRoles() {
		return roles.findAllWithPrivileges();
	}

}
