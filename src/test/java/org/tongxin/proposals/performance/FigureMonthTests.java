package org.tongxin.proposals.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * proposals_figure_month (kept by the triggers of V27) equals a count over the records themselves,
 * written here independently of the triggers' SQL: for whatever the other tests and the demo have
 * made by the time this runs (workflows, unit moves, backdated demo steps), and after records are
 * deleted, their children with them, and after a proposal's proposing unit changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FigureMonthTests {

	/** Every fact, as FigureCounts defines the figures, grouped as the monthly table is. */
	private static final String RECOUNT = """
			select month, metric, unit_id, unit_path, count(*) as n from (
			  select date_trunc('month', p.submitted_at at time zone 'Asia/Shanghai')::date as month,
			         'P_SUBMITTED' as metric, p.proposer_unit_id as unit_id, p.proposer_unit_path as unit_path
			  from proposals_proposal p where p.submitted_at is not null
			  union all
			  select date_trunc('month', e.at at time zone 'Asia/Shanghai')::date, 'P_' || e.kind, p.proposer_unit_id,
			         p.proposer_unit_path
			  from proposals_event e join proposals_proposal p on p.id = e.proposal_id
			  where e.kind in ('REGISTERED', 'DECLINED', 'MERGED', 'CLOSED') or (e.kind = 'REPLIED' and e.round = 1)
			  union all
			  select date_trunc('month', r.submitted_at at time zone 'Asia/Shanghai')::date, 'R_SUBMITTED',
			         r.reporter_unit_id, r.reporter_unit_path
			  from proposals_report r
			  union all
			  select date_trunc('month', r.reviewed_at at time zone 'Asia/Shanghai')::date, 'R_ACCEPTED',
			         r.reporter_unit_id, r.reporter_unit_path
			  from proposals_report r where r.status = 'ACCEPTED'
			  union all
			  select date_trunc('month', a.adopted_on)::date, 'R_ADOPTED_' || a.level, r.reporter_unit_id, r.reporter_unit_path
			  from proposals_report_adoption a join proposals_report r on r.id = a.report_id
			  union all
			  select date_trunc('month', i.instructed_on)::date, 'R_INSTRUCTED_' || i.leader_level, r.reporter_unit_id,
			         r.reporter_unit_path
			  from proposals_report_instruction i join proposals_report r on r.id = i.report_id
			) f group by 1, 2, 3, 4""";

	private static final String KEPT = """
			select month, metric, unit_id, unit_path, n from proposals_figure_month where n <> 0""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theMonthlyCountsEqualACountOverTheRecords() {
		assertThat(rows(RECOUNT)).isNotEmpty();
		assertThat(rows(KEPT)).isEqualTo(rows(RECOUNT));
	}

	@Test
	void deletingRecordsAndMovingAProposalKeepTheCountsEqual() {
		transactions.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			// a proposal with counted steps and a report with adoptions go, children by cascade
			Long proposal = jdbc.sql("""
					select e.proposal_id from proposals_event e where e.kind in ('REGISTERED', 'CLOSED')
					order by e.proposal_id limit 1""").query(Long.class).optional().orElseThrow();
			Long report = jdbc.sql("select report_id from proposals_report_adoption order by report_id limit 1")
				.query(Long.class).optional().orElseThrow();
			jdbc.sql("delete from proposals_proposal where merged_into_id = :id").param("id", proposal).update();
			jdbc.sql("delete from proposals_proposal where id = :id").param("id", proposal).update();
			jdbc.sql("delete from proposals_report where id = :id").param("id", report).update();
			// one step of another proposal goes alone
			jdbc.sql("""
					delete from proposals_event where id = (select min(id) from proposals_event where kind = 'REGISTERED')""")
				.update();
			// another proposal's unit changes (its path as a unit move would change it)
			jdbc.sql("""
					update proposals_proposal set proposer_unit_path = proposer_unit_path || 'moved/'
					where id = (select max(proposal_id) from proposals_event where kind = 'REGISTERED')""").update();
			assertThat(rows(KEPT)).isEqualTo(rows(RECOUNT));
		});
	}

	private Map<String, Long> rows(String sql) {
		Map<String, Long> rows = new TreeMap<>();
		jdbc.sql(sql).query(rs -> {
			rows.put(rs.getDate("month") + " " + rs.getString("metric") + " " + rs.getLong("unit_id") + " "
					+ rs.getString("unit_path"), rs.getLong("n"));
		});
		return rows;
	}

}
