package org.tongxin.proposals.performance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.proposals.decisions.Issuer;

/**
 * The two statements behind the figures: counts grouped by metric and proposer or reporter unit,
 * and the decisions of the period with each source's unit and the decision's results (decisions
 * are counted distinct by the caller, since one decision may gather sources of several units).
 * Both are bounded to a unit subtree by the records' unit paths. SQL is fixed; values are bound.
 */
@Component
class ProposalFiguresQuery {

	interface CountSink {

		/** @param earlier whether the facts are dated before the split day (see {@link #counts}) */
		void row(String metric, long unitId, String path, long count, boolean earlier);

	}

	interface DecisionSink {

		void row(long decisionId, Issuer issuer, long unitId, String path, long results, long completed,
				long progressSum, boolean earlier);

	}

	/**
	 * The whole months of the period from proposals_figure_month (kept by triggers, V27), the days
	 * before the first and after the last whole month from the records themselves: each record
	 * branch reads the two edge windows [start, gapStart) and [gapEnd, end), empty when the period
	 * starts and ends on month boundaries. The counted steps happen at most once per proposal (the
	 * reply counts in round 1 only), so the records are counted as the triggers count them.
	 */
	private static final String COUNTS = """
			select s.metric, s.unit_id, s.unit_path as path, sum(s.n)::bigint as n, s.month < :splitDay as earlier
			from proposals_figure_month s
			where s.month >= :gapStartDay and s.month < :gapEndDay and s.unit_path like :path
			group by 1, 2, 3, 5
			union all
			select 'P_SUBMITTED', p.proposer_unit_id, p.proposer_unit_path, count(*), p.submitted_at < :split
			from proposals_proposal p
			where (p.submitted_at >= :start and p.submitted_at < :gapStart or p.submitted_at >= :gapEnd and p.submitted_at < :end)
			  and p.proposer_unit_path like :path
			group by 2, 3, 5
			union all
			select 'P_' || e.kind, p.proposer_unit_id, p.proposer_unit_path, count(*), e.at < :split
			from proposals_event e join proposals_proposal p on p.id = e.proposal_id
			where e.kind in ('REGISTERED', 'DECLINED', 'MERGED', 'REPLIED', 'CLOSED') and (e.kind <> 'REPLIED' or e.round = 1)
			  and (e.at >= :start and e.at < :gapStart or e.at >= :gapEnd and e.at < :end)
			  and p.proposer_unit_path like :path
			group by 1, 2, 3, 5
			union all
			select 'R_SUBMITTED', r.reporter_unit_id, r.reporter_unit_path, count(*), r.submitted_at < :split
			from proposals_report r
			where (r.submitted_at >= :start and r.submitted_at < :gapStart or r.submitted_at >= :gapEnd and r.submitted_at < :end)
			  and r.reporter_unit_path like :path
			group by 2, 3, 5
			union all
			select 'R_ACCEPTED', r.reporter_unit_id, r.reporter_unit_path, count(*), r.reviewed_at < :split
			from proposals_report r
			where r.status = 'ACCEPTED'
			  and (r.reviewed_at >= :start and r.reviewed_at < :gapStart or r.reviewed_at >= :gapEnd and r.reviewed_at < :end)
			  and r.reporter_unit_path like :path
			group by 2, 3, 5
			union all
			select 'R_ADOPTED_' || a.level, r.reporter_unit_id, r.reporter_unit_path, count(*), a.adopted_on < :splitDay
			from proposals_report_adoption a join proposals_report r on r.id = a.report_id
			where (a.adopted_on >= :from and a.adopted_on < :gapStartDay or a.adopted_on >= :gapEndDay and a.adopted_on < :endDay)
			  and r.reporter_unit_path like :path
			group by 1, 2, 3, 5
			union all
			select 'R_INSTRUCTED_' || i.leader_level, r.reporter_unit_id, r.reporter_unit_path, count(*),
			  i.instructed_on < :splitDay
			from proposals_report_instruction i join proposals_report r on r.id = i.report_id
			where (i.instructed_on >= :from and i.instructed_on < :gapStartDay or i.instructed_on >= :gapEndDay and i.instructed_on < :endDay)
			  and r.reporter_unit_path like :path
			group by 1, 2, 3, 5""";

	/** The decisions of the period first (tens a year) with their issuer, then their sources and results. */
	private static final String DECISIONS = """
			with d as (select id, issuer, decided_on < :splitDay as earlier from proposals_decision
			  where decided_on >= :from and decided_on <= :to),
			src as (
			  select s.decision_id, d.issuer, p.proposer_unit_id as unit_id, p.proposer_unit_path as path, d.earlier
			  from d join proposals_decision_source s on s.decision_id = d.id and s.source_kind = 'PROPOSAL'
			    join proposals_proposal p on p.id = s.source_id
			  where p.proposer_unit_path like :path
			  union all
			  select s.decision_id, d.issuer, r.reporter_unit_id, r.reporter_unit_path, d.earlier
			  from d join proposals_decision_source s on s.decision_id = d.id and s.source_kind = 'REPORT'
			    join proposals_report r on r.id = s.source_id
			  where r.reporter_unit_path like :path)
			select src.decision_id, src.issuer, src.unit_id, src.path, x.n, x.done, x.progress, src.earlier
			from src cross join lateral (select count(*) as n, count(*) filter (where t.progress = 100) as done,
			    coalesce(sum(t.progress), 0) as progress from proposals_result t where t.decision_id = src.decision_id) x""";


	private final JdbcClient jdbc;

	ProposalFiguresQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param pathPattern the unit's path followed by % for its subtree, or the path alone for the unit only
	 * @param split the first day counted as not {@code earlier}: the period's first day for one period;
	 * for a period and the one just before it, read together, the first day of the later, which must
	 * then be a month's first day (the monthly rows are dated by their month)
	 */
	void counts(String pathPattern, LocalDate from, LocalDate to, LocalDate split, CountSink sink) {
		LocalDate endDay = to.plusDays(1);
		LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate afterWhole = endDay.withDayOfMonth(1);
		// without a whole month the gap is empty (at the end) and the first window is the period
		LocalDate gapStart = firstWhole.isBefore(afterWhole) ? firstWhole : endDay;
		LocalDate gapEnd = firstWhole.isBefore(afterWhole) ? afterWhole : endDay;
		// a plan for these values: a generic plan guesses a handful of monthly rows (a year of a
		// district holds ~17,000 at 1M records) and sorts them instead of hashing, three times slower;
		// planning the union costs about a millisecond (the caller's read-only transaction scopes it)
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		jdbc.sql(COUNTS).param("start", PerformanceQuery.at(from)).param("end", PerformanceQuery.at(endDay))
			.param("gapStart", PerformanceQuery.at(gapStart)).param("gapEnd", PerformanceQuery.at(gapEnd))
			.param("from", from).param("endDay", endDay).param("gapStartDay", gapStart).param("gapEndDay", gapEnd)
			.param("split", PerformanceQuery.at(split)).param("splitDay", split).param("path", pathPattern)
			.query((RowCallbackHandler) rs -> sink.row(rs.getString("metric"), rs.getLong("unit_id"), rs.getString("path"),
					rs.getLong("n"), rs.getBoolean("earlier")));
	}

	/**
	 * Proposals submitted per office month of the period (keyed by the month's first day): the whole
	 * months from proposals_figure_month, the edge days from the proposals, as {@link #counts} does.
	 */
	Map<LocalDate, Long> submittedByMonth(String pathPattern, LocalDate from, LocalDate to) {
		LocalDate endDay = to.plusDays(1);
		LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate afterWhole = endDay.withDayOfMonth(1);
		LocalDate gapStart = firstWhole.isBefore(afterWhole) ? firstWhole : endDay;
		LocalDate gapEnd = firstWhole.isBefore(afterWhole) ? afterWhole : endDay;
		Map<LocalDate, Long> months = new HashMap<>();
		jdbc.sql("""
				select s.month, sum(s.n)::bigint as n
				from proposals_figure_month s
				where s.metric = 'P_SUBMITTED' and s.month >= :gapStartDay and s.month < :gapEndDay
				  and s.unit_path like :path
				group by 1
				union all
				select date_trunc('month', p.submitted_at at time zone 'Asia/Shanghai')::date, count(*)
				from proposals_proposal p
				where (p.submitted_at >= :start and p.submitted_at < :gapStart or p.submitted_at >= :gapEnd and p.submitted_at < :end)
				  and p.proposer_unit_path like :path
				group by 1""")
			.param("start", PerformanceQuery.at(from)).param("end", PerformanceQuery.at(endDay))
			.param("gapStart", PerformanceQuery.at(gapStart)).param("gapEnd", PerformanceQuery.at(gapEnd))
			.param("gapStartDay", gapStart).param("gapEndDay", gapEnd).param("path", pathPattern)
			.query((RowCallbackHandler) rs -> months.merge(rs.getObject(1, LocalDate.class), rs.getLong(2), Long::sum));
		return months;
	}

	/** The decisions of the period, {@code earlier} when decided before {@code split} (see {@link #counts}). */
	void decisions(String pathPattern, LocalDate from, LocalDate to, LocalDate split, DecisionSink sink) {
		jdbc.sql(DECISIONS).param("from", from).param("to", to).param("splitDay", split).param("path", pathPattern)
			.query((RowCallbackHandler) rs -> sink.row(rs.getLong("decision_id"), Issuer.valueOf(rs.getString("issuer")),
					rs.getLong("unit_id"), rs.getString("path"), rs.getLong("n"), rs.getLong("done"), rs.getLong("progress"),
					rs.getBoolean("earlier")));
	}

}
