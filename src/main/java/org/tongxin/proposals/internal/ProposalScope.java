package org.tongxin.proposals.internal;

import java.util.Collection;
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
 * Which proposals an actor may see, in one place, as a predicate for a loaded proposal and as an SQL
 * condition for lists, so that both always agree (ADR 7). A draft is its author's and its invited
 * co-signers'. Beyond drafts: the proposer side sees its own (author, the proposing person's login,
 * co-signers, the office accounts of the proposing organisation); PROPOSAL_VIEW or PROPOSAL_REVIEW
 * with scope ALL sees every one; PROPOSAL_HANDLE sees those whose lead or co-handling unit lies in
 * its {@link UnitScope}; every signed-in user sees registered proposals made public.
 */
public record ProposalScope(long userId, Long personId, Long organisationUnitId, boolean seesAll, UnitScope handled) {

	public static ProposalScope of(Actor actor, UnitAccess access, MemberLookup members) {
		Long person = actor.scope() == DataScope.OWN ? members.ofAccount(actor.userId()).map(PersonRef::id).orElse(null)
				: null;
		Long organisation = actor.scope() == DataScope.OWN ? null : actor.homeUnitId();
		boolean all = actor.scope() == DataScope.ALL
				&& (actor.can(Privilege.PROPOSAL_VIEW) || actor.can(Privilege.PROPOSAL_REVIEW));
		return new ProposalScope(actor.userId(), person, organisation, all,
				access.scope(actor, Set.of(Privilege.PROPOSAL_HANDLE)));
	}

	/** The author, the proposing person's login, a co-signer (invited or signed), or the proposing organisation. */
	public boolean isProposerSide(Proposal p, Collection<ProposalStore.CoSigner> coSigners) {
		return p.proposer().authorUserId() == userId || personId != null && personId.equals(p.proposer().personId())
				|| coSigners.stream().anyMatch(c -> c.userId() == userId)
				|| p.proposer().kind() == ProposerKind.ORGANISATION && organisationUnitId != null
						&& organisationUnitId == p.proposer().unitId();
	}

	public boolean admitsUnit(Long id, String path) {
		return handled.admits(id, path);
	}

	/** Whether the lead or a co-handling unit lies in the handler's scope. */
	public boolean isHandlingUnit(Proposal p, Collection<ProposalStore.CoUnit> coUnits) {
		return admitsUnit(p.handling().leadUnitId(), p.handling().leadUnitPath())
				|| coUnits.stream().anyMatch(u -> admitsUnit(u.unitId(), u.unitPath()));
	}

	public boolean admits(Proposal p, Collection<ProposalStore.CoSigner> coSigners,
			Collection<ProposalStore.CoUnit> coUnits) {
		if (p.status() == ProposalStatus.DRAFT) {
			return p.proposer().authorUserId() == userId || coSigners.stream().anyMatch(c -> c.userId() == userId);
		}
		return isProposerSide(p, coSigners) || seesAll || isHandlingUnit(p, coUnits)
				|| p.review().publicVisible() && p.status().isRegistered();
	}

	/** Proposals every signed-in user sees, as SQL over alias {@code p}: registered ones made public. */
	public static final String PUBLIC = "p.public_visible and p.status in ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED')";

	/**
	 * Whether the actor sees only public proposals and their own side's: neither every proposal nor
	 * those of handling units. Such an actor's other proposals can be listed ({@link #proposerSideIds}).
	 */
	public boolean proposerSideOnly() {
		return !seesAll && handled.coversNoUnit();
	}

	/**
	 * The ids of the proposals of the actor's side in any status, as one SQL statement: authored,
	 * co-signed or invited, the person's own, the organisation's. Every proposal such an actor sees
	 * beyond the public ones is among them. A union of indexed look-ups (an OR with the co-signers'
	 * EXISTS would read every proposal).
	 */
	public String proposerSideIds(Map<String, Object> params) {
		params.put("scopeUser", userId);
		StringBuilder sql = new StringBuilder("select p.id from proposals_proposal p where p.author_user_id = :scopeUser")
			.append(" union select s.proposal_id from proposals_co_signer s where s.user_id = :scopeUser");
		if (personId != null) {
			params.put("scopePerson", personId);
			sql.append(" union select p.id from proposals_proposal p where p.proposer_person_id = :scopePerson");
		}
		if (organisationUnitId != null) {
			params.put("scopeOrganisation", organisationUnitId);
			sql.append(" union select p.id from proposals_proposal p where p.proposer_kind = 'ORGANISATION'")
				.append(" and p.proposer_unit_id = :scopeOrganisation");
		}
		return sql.toString();
	}

	private void appendOwners(StringBuilder where, Map<String, Object> params) {
		if (personId != null) {
			params.put("scopePerson", personId);
			where.append(" or p.proposer_person_id = :scopePerson");
		}
		if (organisationUnitId != null) {
			params.put("scopeOrganisation", organisationUnitId);
			where.append(" or p.proposer_kind = 'ORGANISATION' and p.proposer_unit_id = :scopeOrganisation");
		}
	}

	/** Appends the same bounds as SQL (fixed text, named parameters) over alias {@code p}. */
	public void appendTo(StringBuilder where, Map<String, Object> params) {
		params.put("scopeUser", userId);
		where.append(" and (p.author_user_id = :scopeUser")
			.append(" or exists (select 1 from proposals_co_signer s where s.proposal_id = p.id and s.user_id = :scopeUser)")
			.append(" or p.status <> 'DRAFT' and (");
		where.append(PUBLIC);
		if (seesAll) {
			where.append(" or true");
		}
		appendOwners(where, params);
		if (!handled.coversNoUnit()) {
			where.append(" or ").append(handled.sql("p.lead_unit_id", "p.lead_unit_path", params))
				.append(" or exists (select 1 from proposals_co_unit u where u.proposal_id = p.id and ")
				.append(handled.sql("u.unit_id", "u.unit_path", params)).append(')');
		}
		where.append("))");
	}

}
