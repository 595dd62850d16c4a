package org.tongxin.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.tongxin.identity.internal.Role;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.internal.UserChanges;

/** The edit form of an account; carries the version it was read at, so that a stale save is refused. */
public class UserEditForm {

	private String displayName = "";

	private String homeUnitCode = "";

	private List<String> roles = new ArrayList<>();

	private Long version;

	static UserEditForm of(UserAccount user, String homeUnitCode) {
		UserEditForm form = new UserEditForm();
		form.displayName = user.getDisplayName();
		form.homeUnitCode = homeUnitCode;
		form.roles = new ArrayList<>(user.getRoles().stream().map(Role::getCode).sorted().toList());
		form.version = user.getVersion();
		return form;
	}

	UserChanges toChanges() {
		return new UserChanges(displayName, homeUnitCode == null ? "" : homeUnitCode, new LinkedHashSet<>(roles), version);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getHomeUnitCode() {
		return homeUnitCode;
	}

	public void setHomeUnitCode(String homeUnitCode) {
		this.homeUnitCode = homeUnitCode;
	}

	public List<String> getRoles() {
		return roles;
	}

	public void setRoles(List<String> roles) {
		this.roles = roles == null ? new ArrayList<>() : roles;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
