package org.tongxin.members.awards;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.internal.ChangeSource;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.internal.Person;
import org.tongxin.members.internal.PersonHistory;
import org.tongxin.members.internal.PersonRepository;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * A person's awards (荣誉) on behalf of an actor: MEMBER_VIEW to read, MEMBER_MANAGE to add and
 * remove; the registry's data scope applied through the person (a person or an award of a person
 * out of scope answers 404, like an unknown id, before the input is looked at); every change
 * audited on the person and kept in the person's history, in the same transaction.
 */
@Service
public class PersonAwards {

	private static final String COLUMNS = "select id, person_id, title, level, year, conferred_by from members_person_award";

	private final JdbcClient jdbc;

	private final PersonRepository people;

	private final AwardWriter writer;

	private final UnitAccess access;

	private final AuditLog auditLog;

	private final PersonHistory history;

	PersonAwards(JdbcClient jdbc, PersonRepository people, AwardWriter writer, UnitAccess access, AuditLog auditLog,
			PersonHistory history) {
		this.jdbc = jdbc;
		this.people = people;
		this.writer = writer;
		this.access = access;
		this.auditLog = auditLog;
		this.history = history;
	}

	/** The person's name with the awards, latest first. */
	public record Awards(long personId, String personName, List<AwardLine> all) {
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public Awards of(Actor actor, long personId) {
		Person person = visiblePerson(actor, personId);
		return new Awards(personId, person.getName(), jdbc.sql(COLUMNS + " where person_id = :person order by year desc, id desc")
			.param("person", personId)
			.query(AwardLine.class)
			.list());
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public AwardLine add(Actor actor, long personId, AwardDraft draft) {
		visiblePerson(actor, personId);
		AwardValues values = AwardRules.check(draft);
		AwardLine added = writer.add(personId, values);
		history.recorded(actor, personId, PersonHistory.AWARD, null, values.text(), ChangeSource.current());
		return added;
	}

	/** Removes one award; answers the person's id. */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public long remove(Actor actor, long awardId) {
		AwardLine award = jdbc.sql(COLUMNS + " where id = :id").param("id", awardId).query(AwardLine.class).optional()
			.orElseThrow(() -> new NotFoundException("award", awardId));
		people.findById(award.personId())
			.filter(MemberScope.of(actor, access)::admits)
			.orElseThrow(() -> new NotFoundException("award", awardId));
		jdbc.sql("delete from members_person_award where id = :id").param("id", awardId).update();
		auditLog.append(AuditRecord.of("AWARD_REMOVED").target("member", award.personId()).detail("award", awardId)
			.detail("title", award.title()).detail("level", award.level()).detail("year", award.year()));
		AwardValues before = new AwardValues(award.title(), AwardLevel.valueOf(award.level()), award.year(),
				award.conferredBy());
		history.recorded(actor, award.personId(), PersonHistory.AWARD, before.text(), null, ChangeSource.current());
		return award.personId();
	}

	private Person visiblePerson(Actor actor, long personId) {
		return people.findById(personId)
			.filter(MemberScope.of(actor, access)::admits)
			.orElseThrow(() -> new NotFoundException("member", personId));
	}

}
