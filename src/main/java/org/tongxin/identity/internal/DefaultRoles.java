package org.tongxin.identity.internal;

import static org.tongxin.shared.security.Privilege.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/** The roles of product.md, created on an empty database; administrators may change them. */
public final class DefaultRoles {

	static final String ADMIN = "ADMIN";

	public static final String STAFF = "STAFF";

	public static final String TOWN_OFFICER = "TOWN_OFFICER";

	public static final String VILLAGE_LIAISON = "VILLAGE_LIAISON";

	public static final String LEADER = "LEADER";

	private DefaultRoles() {
	}

	static List<Role> all() {
		return List.of(
				role(ADMIN, "部门管理员", "Department administrator", DataScope.ALL, EnumSet.allOf(Privilege.class)),
				role(STAFF, "部门工作人员", "Department staff", DataScope.ALL,
						Set.of(UNIT_VIEW, USER_VIEW, MEMBER_VIEW, MEMBER_MANAGE, MEMBER_SENSITIVE_VIEW, MEMBER_EXPORT,
								MEMBER_IMPORT, DEMAND_VIEW, DEMAND_DISPATCH, DEMAND_HANDLE, DEMAND_SUPERVISE,
								DEMAND_CATEGORY_MANAGE, ENTERPRISE_VIEW, ENTERPRISE_MANAGE, PROPOSAL_VIEW, PROPOSAL_REVIEW,
								PROPOSAL_HANDLE, DECISION_MANAGE, PROPOSAL_SCORING_MANAGE)),
				role("MEMBER_UNIT_LIAISON", "成员单位联络员", "Member unit liaison", DataScope.UNIT,
						Set.of(UNIT_VIEW, DEMAND_VIEW, DEMAND_HANDLE, PROPOSAL_HANDLE)),
				role(TOWN_OFFICER, "乡镇（街道）统战干事", "Town united front officer", DataScope.UNIT_AND_BELOW,
						Set.of(UNIT_VIEW, UNIT_MANAGE, MEMBER_VIEW, MEMBER_MANAGE, MEMBER_IMPORT, DEMAND_VIEW,
								DEMAND_DISPATCH, DEMAND_HANDLE, ENTERPRISE_VIEW, ENTERPRISE_MANAGE, PROPOSAL_HANDLE)),
				role(VILLAGE_LIAISON, "村（社区）联络员", "Village or community liaison", DataScope.UNIT,
						Set.of(UNIT_VIEW, MEMBER_VIEW, DEMAND_VIEW, DEMAND_HANDLE, ENTERPRISE_VIEW)),
				role("CADRE", "联谊交友领导干部", "Leading cadre (befriending)", DataScope.OWN, Set.of()),
				role(LEADER, "领导（只读）", "Leader (read only)", DataScope.ALL,
						Set.of(UNIT_VIEW, MEMBER_VIEW, DEMAND_VIEW, DEMAND_SUPERVISE, ENTERPRISE_VIEW, PROPOSAL_VIEW)),
				role("PARTY_ORGANISATION", "民主党派组织", "Democratic-party organisation", DataScope.UNIT, Set.of()),
				role("MEMBER", "统战对象", "United front member", DataScope.OWN, Set.of()),
				role("ENTERPRISE_CONTACT", "企业联系人", "Enterprise contact", DataScope.OWN, Set.of()));
	}

	private static Role role(String code, String zh, String en, DataScope scope, Set<Privilege> privileges) {
		return new Role(code, zh, en, scope, privileges, true);
	}

}
