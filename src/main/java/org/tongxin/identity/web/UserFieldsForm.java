package org.tongxin.identity.web;

import java.util.ArrayList;
import java.util.List;

/** What the new-user and edit forms have in common: name, home unit, roles. */
public abstract class UserFieldsForm {

	private String displayName = "";

	private String homeUnitCode = "";

	private List<String> roles = new ArrayList<>();

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

}
