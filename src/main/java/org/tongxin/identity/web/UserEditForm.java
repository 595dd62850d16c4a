package org.tongxin.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;

import org.tongxin.identity.internal.Role;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.internal.UserChanges;

/** The edit form of an account; carries the version it was read at, so that a stale save is refused. */
public class UserEditForm extends UserFieldsForm {

	private Long version;

	static UserEditForm of(UserAccount user, String homeUnitCode) {
		UserEditForm form = new UserEditForm();
		form.setDisplayName(user.getDisplayName());
		form.setHomeUnitCode(homeUnitCode);
		form.setRoles(new ArrayList<>(user.getRoles().stream().map(Role::getCode).sorted().toList()));
		form.version = user.getVersion();
		return form;
	}

	UserChanges toChanges() {
		String unit = getHomeUnitCode() == null ? "" : getHomeUnitCode();
		return new UserChanges(getDisplayName(), unit, new LinkedHashSet<>(getRoles()), version);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
