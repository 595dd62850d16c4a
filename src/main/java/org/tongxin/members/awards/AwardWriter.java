package org.tongxin.members.awards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;

/**
 * Stores a new award with its audit record (callers check privilege and scope). Apart from
 * {@link PersonAwards} so that the demo data is written the same way, without an actor.
 */
@Component
public class AwardWriter {

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	AwardWriter(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	public AwardLine add(long personId, AwardValues v) {
		long id = jdbc.sql("""
				insert into members_person_award (person_id, title, level, year, conferred_by)
				values (:person, :title, :level, :year, :by) returning id""")
			.param("person", personId)
			.param("title", v.title())
			.param("level", v.level().name())
			.param("year", v.year())
			.param("by", v.conferredBy())
			.query(Long.class)
			.single();
		auditLog.append(AuditRecord.of("AWARD_ADDED").target("member", personId).detail("award", id)
			.detail("title", v.title()).detail("level", v.level().name()).detail("year", v.year()));
		return new AwardLine(id, personId, v.title(), v.level().name(), v.year(), v.conferredBy());
	}

	/** Whether the person has any award yet (the demo writes its awards once). */
	public boolean any() {
		return jdbc.sql("select exists (select 1 from members_person_award)").query(Boolean.class).single();
	}

}
