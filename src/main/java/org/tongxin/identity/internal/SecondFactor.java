package org.tongxin.identity.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.domain.Rejection;

/** TOTP enrolment and checks. Secrets are kept encrypted at rest. */
@Service
public class SecondFactor {

	private static final String PURPOSE = "totp-secret";

	private final UserAccountRepository users;

	private final FieldCipher cipher;

	private final AuditLog auditLog;

	private final Clock clock;

	private final boolean required;

	SecondFactor(UserAccountRepository users, FieldCipher cipher, AuditLog auditLog, SecurityProperties properties,
			Clock clock, @org.springframework.beans.factory.annotation.Value("${tongxin.demo:false}") boolean demo) {
		// production requires it; only demo mode may relax it, and only when not set explicitly
		this.required = properties.adminTotpRequired() == null ? !demo : properties.adminTotpRequired();
		this.users = users;
		this.cipher = cipher;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Administrators must pass a second factor unless the deployment relaxed it (demo mode only). */
	public boolean isRequiredFor(TongxinPrincipal principal) {
		return principal.isAdministrator() && (required || isEnrolled(principal.userId()));
	}

	@Transactional(readOnly = true)
	public boolean isEnrolled(long userId) {
		return users.findById(userId).map(UserAccount::isTotpEnabled).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean verify(long userId, String code) {
		UserAccount user = users.findById(userId).orElseThrow();
		return user.isTotpEnabled() && Totp.verify(cipher.decrypt(PURPOSE, user.getTotpSecret()), code, clock.instant());
	}

	/** Enrols the secret the user's app was set up with, after checking a code made from it. */
	@Transactional
	public void enroll(long userId, String secret, String code) {
		if (!Totp.verify(secret, code, clock.instant())) {
			throw new Rejection("code", "totp.invalid");
		}
		UserAccount user = users.findById(userId).orElseThrow();
		user.enrollTotp(cipher.encrypt(PURPOSE, secret), clock.instant());
		auditLog.append(AuditRecord.of("TOTP_ENROLLED").target("user", userId));
	}

}
