package org.tongxin.proposals.reports;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitScope;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * Which reports an actor may see, as a predicate for a loaded report and as an SQL condition for
 * lists, so that both always agree. The reporter side sees its own: the author, the reporter
 * person's login, and the office accounts of a reporting unit (for reports made in a unit's name).
 * Holders of PROPOSAL_VIEW or PROPOSAL_REVIEW see the reports whose reporter unit lies in their
 * {@link UnitScope}. Reports are never public: anyone else gets a 404.
 */
record ReportScope(long userId, Long ownPersonId, Long officeUnitId, UnitScope units) {

	private static final Set<Privilege> BY_UNIT = EnumSet.of(Privilege.PROPOSAL_VIEW, Privilege.PROPOSAL_REVIEW);

	static ReportScope of(Actor actor, UnitAccess access, MemberLookup members) {
		boolean member = actor.scope() == DataScope.OWN;
		// only a member's login can be a reporter person's; office accounts are spared the look-up
		Long ownPerson = member ? members.ofAccount(actor.userId()).map(PersonRef::id).orElse(null) : null;
		Long officeUnit = member ? null : actor.homeUnitId();
		return new ReportScope(actor.userId(), ownPerson, officeUnit, access.scope(actor, BY_UNIT));
	}

	boolean isReporterSide(Report r) {
		Reporter reporter = r.reporter();
		return r.authorUserId() == userId || (ownPersonId != null && ownPersonId.equals(reporter.personId()))
				|| (reporter.isUnit() && officeUnitId != null && officeUnitId == reporter.unitId());
	}

	boolean admitsByUnit(Report r) {
		return units.admits(r.reporter().unitId(), r.reporter().unitPath());
	}

	boolean admits(Report r) {
		return isReporterSide(r) || admitsByUnit(r);
	}

	/** Whether the actor sees only their own side's reports (reports are never public). */
	boolean reporterSideOnly() {
		return units.coversNoUnit();
	}

	/** The reports of the reporter's side (author, own person, own office), as SQL over alias {@code r}. */
	void appendReporterSide(StringBuilder where, Map<String, Object> params) {
		appendReporter(where, params);
		where.append(')');
	}

	/** Appends the same bounds as SQL (fixed text, named parameters) over alias {@code r}. */
	void appendTo(StringBuilder where, Map<String, Object> params) {
		if (units.coversEveryUnit()) {
			// every report has a reporter unit: nothing to bound
			return;
		}
		where.append(" and ");
		appendReporter(where, params);
		if (!units.coversNoUnit()) {
			where.append(" or ").append(units.sql("r.reporter_unit_id", "r.reporter_unit_path", params));
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
