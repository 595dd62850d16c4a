package org.tongxin.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.org.Units;

/**
 * On an empty database: the default roles and the first administrator. The administrator's
 * password comes from {@code TONGXIN_ADMIN_PASSWORD}, or is generated, printed once to the console
 * (never to the log) and must be changed at first login. Runs after the network has its root.
 */
@Component
@Order(150)
class IdentityBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

	private final UserAccountRepository users;

	private final RoleRepository roles;

	private final PasswordEncoder passwordEncoder;

	private final SecurityProperties properties;

	private final Units units;

	private final AuditLog auditLog;

	private final Clock clock;

	private final boolean demo;

	private final String demoPassword;

	IdentityBootstrap(UserAccountRepository users, RoleRepository roles, PasswordEncoder passwordEncoder,
			SecurityProperties properties, Units units, AuditLog auditLog, Clock clock,
			@Value("${tongxin.demo:false}") boolean demo, @Value("${tongxin.demo-password:Tongxin@2026}") String demoPassword) {
		this.users = users;
		this.roles = roles;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.units = units;
		this.auditLog = auditLog;
		this.clock = clock;
		this.demo = demo;
		this.demoPassword = demoPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (roles.count() == 0) {
			roles.saveAll(DefaultRoles.all());
		}
		if (users.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(properties.adminPassword()) && !demo;
		String password = StringUtils.hasText(properties.adminPassword()) ? properties.adminPassword()
				: demo ? demoPassword : generatePassword();
		var problems = properties.passwordPolicy().check("TONGXIN_ADMIN_PASSWORD", password, "admin");
		if (!problems.isEmpty()) {
			throw new IllegalStateException("TONGXIN_ADMIN_PASSWORD does not meet the password rules (at least "
					+ properties.password().minLength() + " characters of " + properties.password().minCharacterClasses()
					+ " kinds: lower case, upper case, digits, symbols; not containing the user name)");
		}
		UserAccount admin = new UserAccount("admin", "系统管理员", passwordEncoder.encode(password),
				units.deploymentRoot().id(), clock.instant());
		admin.change(admin.getDisplayName(), admin.getHomeUnitId(), Set.of(roles.findByCode(DefaultRoles.ADMIN).orElseThrow()),
				clock.instant());
		if (generated) {
			admin.changePassword(admin.getPasswordHash(), clock.instant(), true);
		}
		users.save(admin);
		auditLog.append(AuditRecord.of("USER_CREATED").actor(null, "system").target("user", admin.getId())
			.detail("username", "admin").detail("roles", DefaultRoles.ADMIN));
		if (generated) {
			// printed once, to the console only: logs must never hold passwords
			System.out.println("\n==== Tongxin: first administrator created ====\n  user:     admin\n  password: " + password
					+ "\n  (shown once; change it at first login)\n==============================================\n");
		}
		else {
			log.info("First administrator 'admin' created with the configured password");
		}
	}

	private static String generatePassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder("Tx-");
		for (int i = 0; i < 16; i++) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.append("-9a").toString();
	}

}
