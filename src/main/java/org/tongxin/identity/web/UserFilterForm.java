package org.tongxin.identity.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.identity.internal.UserFilter;
import org.tongxin.shared.web.ListFilterForm;

/** The filter bar of the user list, as query parameters. */
public class UserFilterForm extends ListFilterForm {

	private String role;

	private String status;

	UserFilter toFilter() {
		return new UserFilter(getQ(), getUnit(), role, status, getSort(), getDir());
	}

	String listUrl(boolean withSort) {
		return listUrl("/admin/users", withSort);
	}

	@Override
	protected void addFilters(UriComponentsBuilder url) {
		param(url, "role", role);
		param(url, "status", status);
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

}
