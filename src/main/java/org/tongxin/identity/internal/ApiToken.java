package org.tongxin.identity.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token. Only its SHA-256 is stored; the token itself is shown once at issue. */
@Entity
@Table(name = "identity_api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private String name;

	private String tokenHash;

	private String prefix;

	private long createdBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long userId, String name, String tokenHash, String prefix, long createdBy, Instant now, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	public boolean isUsableAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/** Records use at most every few minutes, so that reads do not become writes. */
	boolean markUsed(Instant now) {
		if (lastUsedAt == null || lastUsedAt.plusSeconds(300).isBefore(now)) {
			lastUsedAt = now;
			return true;
		}
		return false;
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public String getPrefix() {
		return prefix;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

}
