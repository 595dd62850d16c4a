package org.tongxin.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * The authenticated user as kept in the session (serialised into the database by Spring Session)
 * and as built for each API token request. Holds no password.
 */
public final class TongxinPrincipal implements Actor, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final String username;

	private final String displayName;

	private final long homeUnitId;

	private final DataScope scope;

	private final EnumSet<Privilege> privileges;

	private final boolean administrator;

	/** The home unit's name as of login, for the top bar; null for API requests, which show no page. */
	private final String homeUnitName;

	TongxinPrincipal(UserAccount account) {
		this(account, null);
	}

	TongxinPrincipal(UserAccount account, String homeUnitName) {
		this.homeUnitName = homeUnitName;
		this.userId = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.homeUnitId = account.getHomeUnitId();
		this.scope = account.scope();
		Set<Privilege> granted = account.privileges();
		this.privileges = granted.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(granted);
		this.administrator = account.isAdministrator();
	}

	public Collection<GrantedAuthority> authorities() {
		return privileges.stream().<GrantedAuthority>map(p -> new SimpleGrantedAuthority(p.name())).toList();
	}

	public boolean isAdministrator() {
		return administrator;
	}

	@Override
	public long userId() {
		return userId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public long homeUnitId() {
		return homeUnitId;
	}

	@Override
	public DataScope scope() {
		return scope;
	}

	@Override
	public Set<Privilege> privileges() {
		return EnumSet.copyOf(privileges);
	}

	public String homeUnitName() {
		return homeUnitName;
	}

	/** For templates: {@code #authentication.principal.displayName}. */
	public String getDisplayName() {
		return displayName;
	}

	public String getUsername() {
		return username;
	}

	@Override
	public String toString() {
		return username;
	}

}
