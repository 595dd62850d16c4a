package org.tongxin.demands.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxin.demands.Channel;
import org.tongxin.enterprises.EnterpriseSummary;
import org.tongxin.enterprises.Enterprises;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.web.FieldProblems;

/**
 * Whom a new demand concerns and where it arises. A member with a login submits for themselves: the
 * person is their own and the unit theirs. An officer who dispatches or handles demands submits for
 * a person in their scope (the unit is the person's) or for an enterprise (the unit is the
 * enterprise's, and the channel is the service station's), and the person's own login, if any, becomes the requester who rates the answer.
 * An enterprise's difficulty received at a service station (同心服务站) arises at that station, so
 * that the station's figures, and its park's above it, count what it received: any station the
 * officer may send work to (functional units are within reach of every officer).
 */
@Component
public class CaseSubjects {

	record Subject(Long personId, Long enterpriseId, Long requesterUserId, UnitSummary unit, Channel channel) {
	}

	private final MemberLookup members;

	private final Enterprises enterprises;

	private final Units units;

	private final UnitPicker picker;

	CaseSubjects(MemberLookup members, Enterprises enterprises, Units units, UnitPicker picker) {
		this.members = members;
		this.enterprises = enterprises;
		this.units = units;
		this.picker = picker;
	}

	Subject resolve(Actor actor, Long personId, Long enterpriseId, String stationCode) {
		if (actor.can(Privilege.DEMAND_DISPATCH) || actor.can(Privilege.DEMAND_HANDLE)) {
			Subject subject = forOthers(actor, personId, enterpriseId);
			return atStation(actor, subject, stationCode);
		}
		if (FieldProblems.text(stationCode) != null) {
			throw new Rejection("stationCode", "demand.station.notMember");
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

	/**
	 * The subject received at the station typed, if one was: it must be a service station within
	 * the officer's reach, and the demand an enterprise's (what the stations serve).
	 */
	private Subject atStation(Actor actor, Subject subject, String stationCode) {
		if (FieldProblems.text(stationCode) == null) {
			return subject;
		}
		UnitSummary station = picker.require(actor, UnitPicker.Reach.HANDLING, "stationCode", "demand.station",
				stationCode);
		if (station.kind() != UnitKind.SERVICE_STATION) {
			throw new Rejection("stationCode", "demand.station.kind", station.name());
		}
		if (subject.enterpriseId() == null) {
			throw new Rejection("stationCode", "demand.station.enterpriseOnly");
		}
		return new Subject(subject.personId(), subject.enterpriseId(), subject.requesterUserId(), station,
				Channel.STATION);
	}

	private UnitSummary unitOf(long unitId) {
		return units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
	}

}
