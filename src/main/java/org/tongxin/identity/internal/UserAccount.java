package org.tongxin.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * A user account with its home unit, roles, login-failure state and second factor. The lockout
 * rule lives here so that it is tested without Spring.
 */
@Entity
@Table(name = "identity_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	private Instant passwordChangedAt;

	private boolean mustChangePassword;

	private long homeUnitId;

	/** A copy of the home unit's path, so that lists filter by subtree and scope in one query. */
	private String homeUnitPath;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant firstFailureAt;

	private Instant lockedUntil;

	private String totpSecret;

	private boolean totpEnabled;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles = new HashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, long homeUnitId, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.homeUnitId = homeUnitId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	// --- lockout ------------------------------------------------------------------------------

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/** Counts a failed login; returns true when this failure locked the account. */
	public boolean registerFailure(Instant now, LockoutPolicy policy) {
		if (isLockedAt(now)) {
			return false;
		}
		if (firstFailureAt == null || now.isAfter(firstFailureAt.plus(policy.window()))) {
			firstFailureAt = now;
			failedAttempts = 0;
		}
		failedAttempts++;
		if (failedAttempts >= policy.maxFailures()) {
			// the count stays for administrators to see; the first failure after the lock opens a new window
			lockedUntil = now.plus(policy.duration());
			firstFailureAt = null;
			return true;
		}
		return false;
	}

	public void registerSuccess() {
		failedAttempts = 0;
		firstFailureAt = null;
		lockedUntil = null;
	}

	public void unlock(Instant now) {
		registerSuccess();
		touch(now);
	}

	// --- password and second factor -------------------------------------------------------------

	public void changePassword(String newHash, Instant now, boolean temporary) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = temporary;
		touch(now);
	}

	public void enrollTotp(String encryptedSecret, Instant now) {
		this.totpSecret = encryptedSecret;
		this.totpEnabled = true;
		touch(now);
	}

	public void removeTotp(Instant now) {
		this.totpSecret = null;
		this.totpEnabled = false;
		touch(now);
	}

	// --- administration -------------------------------------------------------------------------

	public void change(String displayName, long homeUnitId, Set<Role> roles, Instant now) {
		this.displayName = displayName;
		this.homeUnitId = homeUnitId;
		this.roles.clear();
		this.roles.addAll(roles);
		touch(now);
	}

	/** Records where the home unit sits in the tree; kept in step when units move. */
	public void placeAt(String homeUnitPath) {
		this.homeUnitPath = homeUnitPath;
	}

	public void setEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		touch(now);
	}

	private void touch(Instant now) {
		this.updatedAt = now;
	}

	// --- what the roles add up to ---------------------------------------------------------------

	public Set<Privilege> privileges() {
		Set<Privilege> all = EnumSet.noneOf(Privilege.class);
		roles.forEach(role -> all.addAll(role.getPrivileges()));
		return all;
	}

	/** The widest scope among the roles; OWN when the user has none. */
	public DataScope scope() {
		return roles.stream().map(Role::getScope).reduce(DataScope.OWN, DataScope::widest);
	}

	public boolean isAdministrator() {
		return privileges().stream().anyMatch(Privilege::isAdministrative);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	/** A temporary password, or one older than the policy allows, is changed before anything else is done. */
	public boolean isPasswordChangeDue(PasswordPolicy policy, Instant now) {
		return mustChangePassword || policy.isExpired(passwordChangedAt, now);
	}

	public long getHomeUnitId() {
		return homeUnitId;
	}

	public String getHomeUnitPath() {
		return homeUnitPath;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public String getTotpSecret() {
		return totpSecret;
	}

	public boolean isTotpEnabled() {
		return totpEnabled;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
