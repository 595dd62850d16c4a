package org.tongxin.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * Personal API tokens: 256 random bits, shown once, stored as SHA-256 (a fast hash is right for
 * random secrets of this size), revocable, with an expiry no longer than the configured maximum.
 */
@Service
public class ApiTokens {

	private static final String PREFIX = "txn_";

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final AuditLog auditLog;

	private final SecurityProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, AuditLog auditLog, SecurityProperties properties,
			Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.auditLog = auditLog;
		this.properties = properties;
		this.clock = clock;
	}

	/** A token just issued: the only moment its plain value exists. */
	public record IssuedToken(long id, String token, String name, Instant expiresAt) implements java.io.Serializable {
	}

	@Transactional
	public IssuedToken issue(long userId, String name, Integer validityDays, long issuedBy) {
		Duration validity = validityDays == null ? properties.token().defaultValidity() : Duration.ofDays(validityDays);
		if (validity.isNegative() || validity.isZero() || validity.compareTo(properties.token().maxValidity()) > 0) {
			throw new Rejection("validityDays", "token.validity", properties.token().maxValidity().toDays());
		}
		String label = name == null || name.isBlank() ? "api" : name.trim();
		if (label.length() > 100) {
			throw new Rejection("name", "token.nameTooLong", 100);
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		ApiToken token = tokens.save(new ApiToken(userId, label, sha256(plain), plain.substring(0, 10), issuedBy, now,
				now.plus(validity)));
		auditLog.append(AuditRecord.of("TOKEN_ISSUED").target("user", userId).detail("token", token.getId())
			.detail("name", label).detail("expiresAt", token.getExpiresAt()));
		return new IssuedToken(token.getId(), plain, label, token.getExpiresAt());
	}

	/**
	 * The principal for a presented token, if the token and its user are both in good standing: a
	 * user who must change the password (temporary after a reset, or expired) changes it in the
	 * browser before any token works again.
	 */
	@Transactional
	public Optional<TongxinPrincipal> authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findByTokenHash(sha256(presented))
			.filter(t -> t.isUsableAt(now))
			.flatMap(t -> {
				t.markUsed(now);
				return users.findById(t.getUserId());
			})
			.filter(u -> u.isEnabled() && !u.isLockedAt(now) && !u.isPasswordChangeDue(properties.passwordPolicy(), now))
			.map(TongxinPrincipal::new);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> of(long userId) {
		return tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	/** Revokes a token of the actor's own, or anyone's for an administrator of users. */
	@Transactional
	public void revoke(long tokenId, Actor actor) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.getUserId() == actor.userId() || actor.can(Privilege.USER_MANAGE))
			.orElseThrow(() -> new NotFoundException("token", tokenId));
		token.revoke(clock.instant());
		auditLog.append(AuditRecord.of("TOKEN_REVOKED").target("user", token.getUserId()).detail("token", tokenId));
	}

	/**
	 * Revokes every live token of a user, as an administrator's reset of the password, disabling
	 * the account or changing its roles or home unit does: a token is the old account's key, and its
	 * holder asks for a new one. Returns how many were revoked.
	 */
	@Transactional
	public int revokeAll(long userId, String username, String reason) {
		Instant now = clock.instant();
		List<ApiToken> live = tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().filter(t -> t.isUsableAt(now)).toList();
		live.forEach(t -> t.revoke(now));
		if (!live.isEmpty()) {
			auditLog.append(AuditRecord.of("TOKENS_REVOKED").target("user", userId).detail("username", username)
				.detail("count", live.size()).detail("reason", reason));
		}
		return live.size();
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
