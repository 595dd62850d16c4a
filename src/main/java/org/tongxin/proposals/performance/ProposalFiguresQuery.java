package org.tongxin.proposals.performance;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two statements behind the figures: counts grouped by metric and proposer or reporter unit,
 * and the decisions of the period with each source's unit and the decision's results (decisions
 * are counted distinct by the caller, since one decision may gather sources of several units).
 * Both are bounded to a unit subtree by the records' unit paths. SQL is fixed; values are bound.
 */
@Component
class ProposalFiguresQuery {

	interface CountSink {

		void row(String metric, long unitId, String path, long count);

	}

	interface DecisionSink {

		void row(long decisionId, long unitId, String path, long results, long completed, long progressSum);

	}

	private static final String COUNTS = """
			select 'P_SUBMITTED' as metric, p.proposer_unit_id as unit_id, p.proposer_unit_path as path, count(*) as n
			from proposals_proposal p
			where p.submitted_at >= :start and p.submitted_at < :end and p.proposer_unit_path like :path
			group by 2, 3
			union all
			select 'P_' || e.kind, p.proposer_unit_id, p.proposer_unit_path, count(distinct p.id)
			from proposals_event e join proposals_proposal p on p.id = e.proposal_id
			where e.kind in ('REGISTERED', 'DECLINED', 'MERGED', 'REPLIED', 'CLOSED') and e.at >= :start and e.at < :end
			  and p.proposer_unit_path like :path
			group by 1, 2, 3
			union all
			select 'R_SUBMITTED', r.reporter_unit_id, r.reporter_unit_path, count(*)
			from proposals_report r
			where r.submitted_at >= :start and r.submitted_at < :end and r.reporter_unit_path like :path
			group by 2, 3
			union all
			select 'R_ACCEPTED', r.reporter_unit_id, r.reporter_unit_path, count(*)
			from proposals_report r
			where r.status = 'ACCEPTED' and r.reviewed_at >= :start and r.reviewed_at < :end
			  and r.reporter_unit_path like :path
			group by 2, 3
			union all
			select 'R_ADOPTED_' || a.level, r.reporter_unit_id, r.reporter_unit_path, count(*)
			from proposals_report_adoption a join proposals_report r on r.id = a.report_id
			where a.adopted_on >= :from and a.adopted_on <= :to and r.reporter_unit_path like :path
			group by 1, 2, 3
			union all
			select 'R_INSTRUCTED_' || i.leader_level, r.reporter_unit_id, r.reporter_unit_path, count(*)
			from proposals_report_instruction i join proposals_report r on r.id = i.report_id
			where i.instructed_on >= :from and i.instructed_on <= :to and r.reporter_unit_path like :path
			group by 1, 2, 3""";

	private static final String DECISIONS = """
			with src as (
			  select s.decision_id, p.proposer_unit_id as unit_id, p.proposer_unit_path as path
			  from proposals_decision_source s join proposals_proposal p on s.source_kind = 'PROPOSAL' and p.id = s.source_id
			  where p.proposer_unit_path like :path
			  union all
			  select s.decision_id, r.reporter_unit_id, r.reporter_unit_path
			  from proposals_decision_source s join proposals_report r on s.source_kind = 'REPORT' and r.id = s.source_id
			  where r.reporter_unit_path like :path)
			select src.decision_id, src.unit_id, src.path, x.n, x.done, x.progress
			from src join proposals_decision d on d.id = src.decision_id
			  cross join lateral (select count(*) as n, count(*) filter (where t.progress = 100) as done,
			    coalesce(sum(t.progress), 0) as progress from proposals_result t where t.decision_id = d.id) x
			where d.decided_on >= :from and d.decided_on <= :to""";

	private final JdbcClient jdbc;

	ProposalFiguresQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param pathPattern the unit's path followed by % for its subtree, or the path alone for the unit only */
	void counts(String pathPattern, LocalDate from, LocalDate to, CountSink sink) {
		jdbc.sql(COUNTS).param("start", PerformanceQuery.at(from)).param("end", PerformanceQuery.at(to.plusDays(1)))
			.param("from", from).param("to", to).param("path", pathPattern)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.row(rs.getString("metric"), rs.getLong("unit_id"), rs.getString("path"), rs.getLong("n")));
	}

	void decisions(String pathPattern, LocalDate from, LocalDate to, DecisionSink sink) {
		jdbc.sql(DECISIONS).param("from", from).param("to", to).param("path", pathPattern)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.row(rs.getLong("decision_id"), rs.getLong("unit_id"), rs.getString("path"), rs.getLong("n"),
					rs.getLong("done"), rs.getLong("progress")));
	}

}
