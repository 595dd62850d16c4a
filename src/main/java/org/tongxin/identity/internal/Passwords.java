package org.tongxin.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/** Changing one's own password, under the password rules. */
@Service
public class Passwords {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SecurityProperties properties;

	private final AuditLog auditLog;

	private final Clock clock;

	Passwords(UserAccountRepository users, PasswordEncoder passwordEncoder, SecurityProperties properties,
			AuditLog auditLog, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	public void change(long userId, String current, String replacement, String confirmation) {
		UserAccount user = users.findById(userId).orElseThrow();
		List<FieldProblem> problems = new ArrayList<>(required(current, replacement, confirmation));
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (!passwordEncoder.matches(current, user.getPasswordHash())) {
			problems.add(new FieldProblem("currentPassword", "password.currentWrong"));
		}
		problems.addAll(properties.passwordPolicy().check("newPassword", replacement, user.getUsername()));
		if (replacement != null && !replacement.equals(confirmation)) {
			problems.add(new FieldProblem("confirmPassword", "password.mismatch"));
		}
		if (replacement != null && current != null && replacement.equals(current)) {
			problems.add(new FieldProblem("newPassword", "password.unchanged"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		user.changePassword(passwordEncoder.encode(replacement), clock.instant(), false);
		auditLog.append(AuditRecord.of("PASSWORD_CHANGED").target("user", userId));
	}

	private static List<FieldProblem> required(String current, String replacement, String confirmation) {
		List<FieldProblem> missing = new ArrayList<>();
		if (current == null || current.isEmpty()) {
			missing.add(new FieldProblem("currentPassword", "error.field.required"));
		}
		if (replacement == null || replacement.isEmpty()) {
			missing.add(new FieldProblem("newPassword", "error.field.required"));
		}
		if (confirmation == null || confirmation.isEmpty()) {
			missing.add(new FieldProblem("confirmPassword", "error.field.required"));
		}
		return missing;
	}

	/** A temporary password, or one older than the rules allow, must be changed before anything else. */
	@Transactional(readOnly = true)
	public boolean isChangeDue(long userId) {
		return users.findById(userId)
			.map(u -> u.isPasswordChangeDue(properties.passwordPolicy(), clock.instant()))
			.orElse(true);
	}

	/** A password policy check for forms that set a password for someone else. */
	public List<FieldProblem> check(String field, String password, String username) {
		return properties.passwordPolicy().check(field, password, username);
	}

}
