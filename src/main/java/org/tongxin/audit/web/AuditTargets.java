package org.tongxin.audit.web;

import java.util.Map;
import java.util.regex.Pattern;

import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * How the audit page names what an action touched: the object's type in the reader's language
 * ({@code audit.target.<type>}) and its id, linked to the record's page where there is one and the
 * viewer holds the privilege that page asks for (the page itself still checks the data scope).
 */
public final class AuditTargets {

	/** A record's page: the address ({@code {id}} replaced) and the privilege it asks for. */
	private record Page(String address, Privilege privilege, boolean numericId) {
	}

	private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

	private static final Pattern DAY = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}");

	private static final Map<String, Page> PAGES = Map.ofEntries(
			Map.entry("member", new Page("/members/{id}", Privilege.MEMBER_VIEW, true)),
			Map.entry("user", new Page("/admin/users/{id}", Privilege.USER_VIEW, true)),
			Map.entry("unit", new Page("/units/{id}", Privilege.UNIT_VIEW, true)),
			Map.entry("role", new Page("/admin/roles/{id}", Privilege.ROLE_MANAGE, true)),
			Map.entry("enterprise", new Page("/enterprises/{id}", Privilege.ENTERPRISE_VIEW, true)),
			Map.entry("demand", new Page("/demands/{id}", Privilege.DEMAND_VIEW, true)),
			Map.entry("proposal", new Page("/proposals/{id}", Privilege.PROPOSAL_VIEW, true)),
			Map.entry("decision", new Page("/decisions/{id}", Privilege.PROPOSAL_VIEW, true)),
			Map.entry("demands_category", new Page("/admin/demand-categories/{id}", Privilege.DEMAND_CATEGORY_MANAGE, true)),
			Map.entry("proposals_session", new Page("/admin/proposal-scoring/{id}", Privilege.PROPOSAL_SCORING_MANAGE, true)),
			Map.entry("elite_project", new Page("/members/talent/projects", Privilege.MEMBER_VIEW, false)),
			Map.entry("talent_tag", new Page("/members/talent/tags", Privilege.MEMBER_VIEW, false)),
			Map.entry("member_corrections", new Page("/members/corrections", Privilege.MEMBER_MANAGE, false)));

	private final Actor viewer;

	AuditTargets(Actor viewer) {
		this.viewer = viewer;
	}

	/** The message code naming the type (the template falls back to the raw type for an unknown one). */
	public String label(String type) {
		return "audit.target." + type;
	}

	/** The record's page for this viewer, or null when there is none or the viewer may not open it. */
	public String link(String type, String id) {
		if (type == null || id == null || viewer == null) {
			return null;
		}
		if ("calendar_day".equals(type)) {
			var day = DAY.matcher(id);
			return day.matches() && viewer.can(Privilege.CALENDAR_MANAGE) ? "/admin/calendar?year=" + day.group(1) : null;
		}
		Page page = PAGES.get(type);
		if (page == null || !viewer.can(page.privilege()) || page.numericId() && !NUMBER.matcher(id).matches()) {
			return null;
		}
		return page.address().replace("{id}", id);
	}

}
