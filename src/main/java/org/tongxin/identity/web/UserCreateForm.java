package org.tongxin.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.tongxin.identity.internal.NewUser;

/** The new-user form (bound, never an entity). */
public class UserCreateForm {

	private String username = "";

	private String displayName = "";

	private String homeUnitCode = "";

	private List<String> roles = new ArrayList<>();

	private String password = "";

	NewUser toNewUser() {
		return new NewUser(username, displayName, homeUnitCode, new LinkedHashSet<>(roles), password);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
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

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
