package org.tongxin.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/** What the user and role API answers and accepts. Never a password hash or a TOTP secret. */
final class ApiViews {

	private ApiViews() {
	}

	record UnitRef(long id, String code, String name) {
	}

	record RoleRef(String code, String name) {
	}

	record UserView(long id, String username, String displayName, UnitRef homeUnit, List<RoleRef> roles,
			boolean enabled, boolean locked, Instant lockedUntil, boolean mustChangePassword, boolean totpEnabled,
			Instant passwordChangedAt, Instant createdAt, Instant updatedAt, long version) {
	}

	record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
	}

	record RoleView(long id, String code, String nameZh, String nameEn, DataScope scope, boolean builtin,
			List<Privilege> privileges, Long userCount, long version) {
	}

	record MeView(long id, String username, String displayName, UnitRef homeUnit, DataScope scope,
			List<Privilege> privileges) {
	}

	record CreateUserRequest(String username, String displayName, String homeUnitCode, Set<String> roles,
			String password) {
	}

	record UpdateUserRequest(String displayName, String homeUnitCode, Set<String> roles, Long version) {
	}

	record PasswordRequest(String password) {
	}

	record RoleRequest(String code, String nameZh, String nameEn, DataScope scope, Set<Privilege> privileges,
			Long version) {
	}

}
