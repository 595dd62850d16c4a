package org.tongxin.proposals.reports;

import java.util.Map;

import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * Which reports an actor may see, as a predicate for a loaded report and as an SQL condition for
 * lists, so that both always agree. The reporter side sees its own: the author, the reporter
 * person's login, and the office accounts of a reporting unit (for reports made in a unit's name).
 * Holders of PROPOSAL_VIEW or PROPOSAL_REVIEW see the reports whose reporter unit lies in their data
 * scope (ALL everything, UNIT_AND_BELOW the home unit's subtree, UNIT the home unit). Reports are
 * never public: anyone else gets a 404.
 */
record ReportScope(long userId, Long ownPersonId, Long officeUnitId, boolean byUnit, String pathPrefix, Long unitId) {

	static ReportScope of(Actor actor, UnitAccess access, MemberLookup members) {
		boolean member = actor.scope() == DataScope.OWN;
		// only a member's login can be a reporter person's; office accounts are spared the look-up
		Long ownPerson = member ? members.ofAccount(actor.userId()).map(PersonRef::id).orElse(null) : null;
		Long officeUnit = member ? null : actor.homeUnitId();
		boolean byUnit = !member && (actor.can(Privilege.PROPOSAL_VIEW) || actor.can(Privilege.PROPOSAL_REVIEW));
		if (!byUnit) {
			return new ReportScope(actor.userId(), ownPerson, officeUnit, false, null, null);
		}
		return switch (actor.scope()) {
			case ALL -> new ReportScope(actor.userId(), ownPerson, officeUnit, true, null, null);
			case UNIT_AND_BELOW -> new ReportScope(actor.userId(), ownPerson, officeUnit, true, access.scopePathPrefix(actor),
					null);
			default -> new ReportScope(actor.userId(), ownPerson, officeUnit, true, null, actor.homeUnitId());
		};
	}

	boolean isReporterSide(Report r) {
		return r.authorUserId() == userId || (ownPersonId != null && ownPersonId.equals(r.reporterPersonId()))
				|| ("UNIT".equals(r.reporterKind()) && officeUnitId != null && officeUnitId == r.reporterUnitId());
	}

	boolean admitsByUnit(Report r) {
		return byUnit && (pathPrefix == null || r.reporterUnitPath().startsWith(pathPrefix))
				&& (unitId == null || unitId == r.reporterUnitId());
	}

	boolean admits(Report r) {
		return isReporterSide(r) || admitsByUnit(r);
	}

	/** Appends the same bounds as SQL (fixed text, named parameters) over alias {@code r}. */
	/** Whether the actor sees only their own side's reports (reports are never public). */
	boolean reporterSideOnly() {
		return !byUnit;
	}

	/** The reports of the reporter's side (author, own person, own office), as SQL over alias {@code r}. */
	void appendReporterSide(StringBuilder where, Map<String, Object> params) {
		appendReporter(where, params);
		where.append(')');
	}

	void appendTo(StringBuilder where, Map<String, Object> params) {
		if (byUnit && pathPrefix == null && unitId == null) {
			return;
		}
		where.append(" and ");
		appendReporter(where, params);
		if (byUnit && pathPrefix != null) {
			params.put("scopePath", pathPrefix + "%");
			where.append(" or r.reporter_unit_path like :scopePath");
		}
		if (byUnit && unitId != null) {
			params.put("scopeUnit", unitId);
			where.append(" or r.reporter_unit_id = :scopeUnit");
		}
		where.append(')');
	}

	/** "(author or own person or own office" without the closing parenthesis. */
	private void appendReporter(StringBuilder where, Map<String, Object> params) {
		params.put("scopeUser", userId);
		where.append("(r.author_user_id = :scopeUser");
		if (ownPersonId != null) {
			params.put("scopePerson", ownPersonId);
			where.append(" or r.reporter_person_id = :scopePerson");
		}
		if (officeUnitId != null) {
			params.put("scopeOffice", officeUnitId);
			where.append(" or (r.reporter_kind = 'UNIT' and r.reporter_unit_id = :scopeOffice)");
		}
	}

}
