package org.tongxin.proposals.performance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitScope;
import org.tongxin.shared.OfficeTime;

/**
 * The one statement behind duty performance: every branch counts one kind of item in the period
 * and groups it by the member it counts to (null for an organisation's record or a record of a
 * unit) and the unit it counts to (null for a co-signature, which counts to the member only).
 * The records' units bound it to the actor's {@link UnitScope}. SQL is fixed text (the scope's
 * conditions over fixed columns); values are bound.
 */
@Component
class PerformanceQuery {

	/** One grouped row: the person (or null) and name as written, the unit (or null), the item, how many. */
	interface Sink {

		void row(Long personId, String personName, Long unitId, ScoreItem item, long count);

	}

	private static final String PERSON = " case when p.proposer_kind = 'MEMBER' then p.proposer_person_id end";

	private static final String REPORTER = " case when r.reporter_kind = 'MEMBER' then r.reporter_person_id end";

	/** %1$s: the scope over a proposal's proposing unit (alias p), %2$s: over a report's reporting unit (alias r). */
	private static final String SQL = """
			select """ + PERSON + """
			 as person_id, max(p.proposer_name) as name, p.proposer_unit_id as unit_id, 'PROPOSAL_SUBMITTED' as item,
			  count(*) as n
			from proposals_proposal p
			where p.submitted_at >= :start and p.submitted_at < :end and %1$s
			group by 1, 3
			union all
			select c.person_id, max(c.name), null, 'PROPOSAL_COSIGNED', count(*)
			from proposals_co_signer c join proposals_proposal p on p.id = c.proposal_id
			where c.signed_at is not null and p.submitted_at >= :start and p.submitted_at < :end
			  and %1$s
			group by 1
			union all
			select """ + PERSON + """
			, max(p.proposer_name), p.proposer_unit_id, 'PROPOSAL_REGISTERED', count(distinct p.id)
			from proposals_event e join proposals_proposal p on p.id = e.proposal_id
			where e.kind = 'REGISTERED' and e.at >= :start and e.at < :end and %1$s
			group by 1, 3
			union all
			select """ + REPORTER + """
			, max(r.reporter_name), r.reporter_unit_id, 'REPORT_SUBMITTED', count(*)
			from proposals_report r
			where r.submitted_at >= :start and r.submitted_at < :end and %2$s
			group by 1, 3
			union all
			select """ + REPORTER + """
			, max(r.reporter_name), r.reporter_unit_id, 'REPORT_ADOPTED_' || a.level, count(*)
			from proposals_report_adoption a join proposals_report r on r.id = a.report_id
			where a.adopted_on >= :from and a.adopted_on <= :to and %2$s
			group by 1, 3, 4
			union all
			select """ + REPORTER + """
			, max(r.reporter_name), r.reporter_unit_id, 'INSTRUCTED_' || i.leader_level, count(*)
			from proposals_report_instruction i join proposals_report r on r.id = i.report_id
			where i.instructed_on >= :from and i.instructed_on <= :to and %2$s
			group by 1, 3, 4
			union all
			select """ + PERSON + """
			, max(p.proposer_name), p.proposer_unit_id, 'DECISION', count(*)
			from proposals_decision_source s join proposals_decision d on d.id = s.decision_id
			  join proposals_proposal p on s.source_kind = 'PROPOSAL' and p.id = s.source_id
			where d.decided_on >= :from and d.decided_on <= :to and %1$s
			group by 1, 3
			union all
			select """ + REPORTER + """
			, max(r.reporter_name), r.reporter_unit_id, 'DECISION', count(*)
			from proposals_decision_source s join proposals_decision d on d.id = s.decision_id
			  join proposals_report r on s.source_kind = 'REPORT' and r.id = s.source_id
			where d.decided_on >= :from and d.decided_on <= :to and %2$s
			group by 1, 3""";

	private final JdbcClient jdbc;

	PerformanceQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param scope the units whose records count */
	void run(LocalDate from, LocalDate to, UnitScope scope, Sink sink) {
		Map<String, Object> params = new HashMap<>();
		String sql = SQL.formatted(scope.sql("p.proposer_unit_id", "p.proposer_unit_path", params),
				scope.sql("r.reporter_unit_id", "r.reporter_unit_path", params));
		jdbc.sql(sql).params(params).param("start", at(from)).param("end", at(to.plusDays(1))).param("from", from)
			.param("to", to)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.row(rs.getObject("person_id", Long.class), rs.getString("name"),
					rs.getObject("unit_id", Long.class), ScoreItem.valueOf(rs.getString("item")), rs.getLong("n")));
	}

	static OffsetDateTime at(LocalDate day) {
		return OffsetDateTime.ofInstant(OfficeTime.startOf(day), ZoneOffset.UTC);
	}

}
