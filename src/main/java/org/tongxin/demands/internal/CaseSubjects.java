package org.tongxin.demands.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxin.demands.Channel;
import org.tongxin.enterprises.EnterpriseSummary;
import org.tongxin.enterprises.Enterprises;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * Whom a new demand concerns and where it arises. A member with a login submits for themselves: the
 * person is their own and the unit theirs. An officer who dispatches or handles demands submits for
 * a person in their scope (the unit is the person's) or for an enterprise (the unit is the
 * enterprise's, and the channel is the service station's), and the person's own login, if any, becomes the requester who rates the answer.
 */
@Component
public class CaseSubjects {

	record Subject(Long personId, Long enterpriseId, Long requesterUserId, UnitSummary unit, Channel channel) {
	}

	private final MemberLookup members;

	private final Enterprises enterprises;

	private final Units units;

	CaseSubjects(MemberLookup members, Enterprises enterprises, Units units) {
		this.members = members;
		this.enterprises = enterprises;
		this.units = units;
	}

	Subject resolve(Actor actor, Long personId, Long enterpriseId) {
		if (actor.can(Privilege.DEMAND_DISPATCH) || actor.can(Privilege.DEMAND_HANDLE)) {
			return forOthers(actor, personId, enterpriseId);
		}
		PersonRef own = members.ofAccount(actor.userId())
			.orElseThrow(() -> new AccessDeniedException("user " + actor.userId() + " is not a member with a login"));
		if (personId != null && personId != own.id()) {
			throw new Rejection("personId", "demand.person.notOwn");
		}
		if (enterpriseId != null) {
			throw new Rejection("enterpriseId", "demand.enterprise.notMember");
		}
		return new Subject(own.id(), null, actor.userId(), unitOf(own.unitId()), Channel.SELF);
	}

	private Subject forOthers(Actor actor, Long personId, Long enterpriseId) {
		if (personId == null && enterpriseId == null) {
			throw new Rejection("personId", "demand.person.required");
		}
		EnterpriseSummary enterprise = null;
		if (enterpriseId != null) {
			try {
				enterprise = enterprises.visible(actor, enterpriseId);
			}
			catch (NotFoundException ex) {
				throw new Rejection("enterpriseId", "demand.enterprise.unknown", String.valueOf(enterpriseId));
			}
		}
		if (personId == null) {
			// an enterprise's difficulty brought to a service station: it arises where the enterprise is
			return new Subject(null, enterprise.id(), null, unitOf(enterprise.unitId()), Channel.STATION);
		}
		PersonRef person;
		try {
			person = members.visible(actor, personId);
		}
		catch (NotFoundException ex) {
			throw new Rejection("personId", "demand.person.unknown", String.valueOf(personId));
		}
		Long requester = members.accountOf(person.id()).orElse(null);
		return new Subject(person.id(), enterpriseId, requester, unitOf(person.unitId()),
				enterprise == null ? Channel.ON_BEHALF : Channel.STATION);
	}

	private UnitSummary unitOf(long unitId) {
		return units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
	}

}
