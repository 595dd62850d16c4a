package org.tongxin.identity.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.tongxin.audit.AuditRecord;
import org.tongxin.org.UnitSummary;

/** What an edit changes in an account, as the USER_UPDATED record tells it (never a password). */
record UserDiff(String oldName, String newName, UnitSummary oldUnit, UnitSummary newUnit, Set<String> rolesAdded,
		Set<String> rolesRemoved) {

	static UserDiff between(UserAccount before, UnitSummary oldUnit, String newName, UnitSummary newUnit,
			Set<Role> newRoles) {
		Set<String> oldCodes = codes(before.getRoles());
		Set<String> newCodes = codes(newRoles);
		Set<String> added = new TreeSet<>(newCodes);
		added.removeAll(oldCodes);
		Set<String> removed = new TreeSet<>(oldCodes);
		removed.removeAll(newCodes);
		return new UserDiff(before.getDisplayName(), newName, oldUnit, newUnit, added, removed);
	}

	boolean nameChanged() {
		return !oldName.equals(newName);
	}

	boolean unitChanged() {
		return oldUnit == null || oldUnit.id() != newUnit.id();
	}

	boolean rolesChanged() {
		return !rolesAdded.isEmpty() || !rolesRemoved.isEmpty();
	}

	boolean isEmpty() {
		return !nameChanged() && !unitChanged() && !rolesChanged();
	}

	AuditRecord toAudit(long userId, String username) {
		AuditRecord record = AuditRecord.of("USER_UPDATED").target("user", userId).detail("username", username);
		if (nameChanged()) {
			record.detail("displayName.from", oldName).detail("displayName.to", newName);
		}
		if (unitChanged()) {
			record.detail("homeUnit.from", oldUnit == null ? "" : oldUnit.code()).detail("homeUnit.to", newUnit.code());
		}
		if (!rolesAdded.isEmpty()) {
			record.detail("rolesAdded", String.join(",", rolesAdded));
		}
		if (!rolesRemoved.isEmpty()) {
			record.detail("rolesRemoved", String.join(",", rolesRemoved));
		}
		return record;
	}

	static Set<String> codes(Set<Role> roles) {
		return roles.stream().map(Role::getCode).collect(Collectors.toCollection(TreeSet::new));
	}

}
