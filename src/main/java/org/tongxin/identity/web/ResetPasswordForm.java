package org.tongxin.identity.web;

/** A temporary password set by an administrator. */
public class ResetPasswordForm {

	private String password = "";

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
