package org.tongxin.proposals.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;

/**
 * Who proposes when an actor writes a proposal: a member with a login proposes as their person of
 * the registry (counted to their unit); the account of a democratic-party organisation proposes in
 * the organisation's name. Other office accounts handle proposals but do not write them.
 */
@Component
public class Proposers {

	record Proposer(ProposerKind kind, Long personId, UnitSummary unit, String name) {
	}

	private final MemberLookup members;

	private final Units units;

	Proposers(MemberLookup members, Units units) {
		this.members = members;
		this.units = units;
	}

	Proposer of(Actor actor) {
		if (actor.scope() == DataScope.OWN) {
			PersonRef person = members.ofAccount(actor.userId())
				.orElseThrow(() -> new AccessDeniedException("user " + actor.userId() + " is not a member of the registry"));
			return new Proposer(ProposerKind.MEMBER, person.id(), units.find(person.unitId()).orElseThrow(), person.name());
		}
		UnitSummary home = units.find(actor.homeUnitId()).orElseThrow();
		if (home.kind() != UnitKind.DEMOCRATIC_PARTY) {
			throw new AccessDeniedException("user " + actor.userId() + " is neither a member nor a party organisation");
		}
		return new Proposer(ProposerKind.ORGANISATION, null, home, home.name());
	}

	/** Whether the actor may write proposals at all (the menu and the list offer "new" only then). */
	boolean canPropose(Actor actor) {
		if (actor.scope() == DataScope.OWN) {
			return members.ofAccount(actor.userId()).isPresent();
		}
		return units.find(actor.homeUnitId()).map(u -> u.kind() == UnitKind.DEMOCRATIC_PARTY).orElse(false);
	}

}
