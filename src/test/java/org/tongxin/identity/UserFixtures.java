package org.tongxin.identity;

import java.time.Instant;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tongxin.identity.internal.RoleRepository;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.internal.UserAccountRepository;
import org.tongxin.org.Units;

/** Accounts made straight in the repository, for tests about logging in rather than about administration. */
@Component
class UserFixtures {

	static final String PASSWORD = "Wutong#2026x";

	private final UserAccountRepository users;

	private final RoleRepository roles;

	private final PasswordEncoder passwordEncoder;

	private final Units units;

	UserFixtures(UserAccountRepository users, RoleRepository roles, PasswordEncoder passwordEncoder, Units units) {
		this.users = users;
		this.roles = roles;
		this.passwordEncoder = passwordEncoder;
		this.units = units;
	}

	/** A user named {@code prefix-<n>} with {@link #PASSWORD}, the role, homed at the unit with that code. */
	String create(String prefix, String role, String unitCode, Instant passwordChangedAt) {
		String username = prefix + "-" + System.nanoTime() % 1_000_000;
		UserAccount user = new UserAccount(username, "测试用户", passwordEncoder.encode(PASSWORD),
				units.findByCode(unitCode).orElseThrow().id(), passwordChangedAt);
		user.change("测试用户", user.getHomeUnitId(), Set.of(roles.findByCode(role).orElseThrow()), passwordChangedAt);
		users.save(user);
		return username;
	}

}
