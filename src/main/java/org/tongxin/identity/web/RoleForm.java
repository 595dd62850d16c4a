package org.tongxin.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.tongxin.identity.internal.Role;
import org.tongxin.identity.internal.RoleDraft;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/** The role form: new (with a code) or edit (code fixed, version carried). */
public class RoleForm {

	private String code = "";

	private String nameZh = "";

	private String nameEn = "";

	private DataScope scope;

	private List<Privilege> privileges = new ArrayList<>();

	private Long version;

	static RoleForm of(Role role) {
		RoleForm form = new RoleForm();
		form.code = role.getCode();
		form.nameZh = role.getNameZh();
		form.nameEn = role.getNameEn();
		form.scope = role.getScope();
		form.privileges = new ArrayList<>(role.getPrivileges().stream().sorted().toList());
		form.version = role.getVersion();
		return form;
	}

	RoleDraft toDraft() {
		return new RoleDraft(code, nameZh, nameEn, scope,
				privileges.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(privileges), version);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public DataScope getScope() {
		return scope;
	}

	public void setScope(DataScope scope) {
		this.scope = scope;
	}

	public List<Privilege> getPrivileges() {
		return privileges;
	}

	public void setPrivileges(List<Privilege> privileges) {
		this.privileges = privileges == null ? new ArrayList<>() : privileges;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
