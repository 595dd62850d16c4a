package org.tongxin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.shared.OfficeTime;

/**
 * "Waiting since" is when the step that waits began, as the record's history says, never the
 * moment the inbox read the record: the demo's cases, proposals and results, played through their
 * steps over the past months, wait since their submission, their assignment (or latest transfer or
 * reopening), their answer, their last update; the page shows that day.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InboxWaitingSinceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** Each demo case's item of its open step waits since that step began (cases older than a day: the demo's). */
	@Test
	void aDemandWaitsSinceItsStepBegan() {
		List<Map<String, Object>> rows = jdbc.sql("""
				select c.id, i.kind, i.waiting_since, case c.status
				  when 'SUBMITTED' then c.submitted_at
				  when 'ANSWERED' then c.answered_at
				  else (select max(e.at) from demands_event e where e.case_id = c.id
				        and e.kind in ('ASSIGNED', 'TRANSFERRED', 'REOPENED')) end as began
				from inbox_item i join demands_case c on c.id = i.record_id and i.record_type = 'demand'
				where c.submitted_at < now() - interval '1 day' and c.escalated_unit_id is null
				  and (c.status = 'SUBMITTED' and i.kind like 'demand.waiting.accept%'
				    or c.status = 'HANDLING' and i.kind in ('demand.waiting.answer', 'demand.waiting.assist')
				    or c.status = 'ANSWERED' and i.kind = 'demand.waiting.rate')""")
			.query()
			.listOfRows();
		assertThat(rows).extracting(r -> r.get("kind"))
			.as("the demo leaves cases to accept, answer and rate")
			.contains("demand.waiting.answer", "demand.waiting.rate");
		assertThat(rows).allSatisfy(r -> assertThat(instant(r.get("waiting_since")))
			.as("case %s, %s", r.get("id"), r.get("kind"))
			.isEqualTo(instant(r.get("began"))));
	}

	@Test
	void proposalsAndResultsWaitSinceTheirStepNotSinceTheInboxReadThem() {
		List<Map<String, Object>> proposals = jdbc.sql("""
				select p.id, i.waiting_since, (select max(e.at) from proposals_event e where e.proposal_id = p.id
				  and e.kind in ('ASSIGNED', 'REHANDLING')) as began
				from inbox_item i join proposals_proposal p on p.id = i.record_id and i.record_type = 'proposal'
				where p.status = 'HANDLING' and i.kind = 'proposal.waiting.reply'
				  and p.created_at < now() - interval '1 day'""")
			.query()
			.listOfRows();
		assertThat(proposals).as("the demo has proposals in handling").isNotEmpty();
		assertThat(proposals).allSatisfy(r -> assertThat(instant(r.get("waiting_since"))).as("proposal %s", r.get("id"))
			.isEqualTo(instant(r.get("began"))));
		// since the last update, or since the start when that is later (a start day begins in Beijing time)
		List<Map<String, Object>> results = jdbc.sql("""
				select r.id, i.waiting_since, case when r.starts_on is null then r.updated_at
				  else greatest(r.updated_at, r.starts_on::timestamp at time zone 'Asia/Shanghai') end as began
				from inbox_item i join proposals_result r on r.id = i.record_id and i.record_type = 'result'
				where r.updated_at < now() - interval '1 minute'""")
			.query()
			.listOfRows();
		assertThat(results).as("the demo has results to update").isNotEmpty();
		assertThat(results).allSatisfy(r -> assertThat(instant(r.get("waiting_since"))).as("result %s", r.get("id"))
			.isEqualTo(instant(r.get("began"))));
	}

	/**
	 * The page shows the day the step began: a demo case in 竹根镇 that has waited for days (before,
	 * every item showed the day the inbox was built).
	 */
	@Test
	void thePageShowsTheDayTheStepBegan() throws Exception {
		Map<String, Object> waiting = jdbc.sql("""
				select i.record_id, min(i.waiting_since) as since from inbox_item i
				where i.record_type = 'demand' and i.reach = 'DOMAIN'
				  and i.unit_path like (select path from org_unit where code = '511112100') || '%'
				group by i.record_id having min(i.waiting_since) < now() - interval '2 days'
				order by min(i.waiting_since) desc limit 1""")
			.query()
			.singleRow();
		LocalDate began = OfficeTime.dateOf(instant(waiting.get("since")));
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		String entries = new InboxClient(mvc).entry(zhugen, "/demands/" + waiting.get("record_id"));
		assertThat(entries).contains("自 " + began + " 起等待");
	}

	private static Instant instant(Object column) {
		return column instanceof java.sql.Timestamp t ? t.toInstant()
				: column instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) column;
	}

}
