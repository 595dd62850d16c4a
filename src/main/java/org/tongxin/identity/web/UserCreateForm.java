package org.tongxin.identity.web;

import java.util.LinkedHashSet;

import org.tongxin.identity.internal.NewUser;

/** The new-user form (bound, never an entity). */
public class UserCreateForm extends UserFieldsForm {

	private String username = "";

	private String password = "";

	NewUser toNewUser() {
		return new NewUser(username, getDisplayName(), getHomeUnitCode(), new LinkedHashSet<>(getRoles()), password);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
