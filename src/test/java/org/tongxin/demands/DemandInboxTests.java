package org.tongxin.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.demands.sla.OverdueSweep;
import org.tongxin.inbox.InboxClient;
import org.tongxin.members.selfservice.SelfServiceClient;

/**
 * A demand waits in 我的待办 with those whose turn it is: a case past its accept date is overdue
 * for the town officer who should accept it; escalated by the overdue sweep, it also waits for
 * the superior unit's dispatchers and nobody else's; the district's staff are not handed every
 * town's cases to accept. The old queue API of the demands module is gone: its address says where
 * the one inbox is.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemandInboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OverdueSweep sweep;

	@Test
	void overdueAndEscalatedCasesWaitWithThoseWhoseTurnItIs() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		DemandClient demands = new DemandClient(mvc, jdbc);
		InboxClient inbox = new InboxClient(mvc);
		String staff = members.token("staff");
		String zhugen = members.token("zhugen");
		String niuhua = members.token("niuhua");
		long person = members.person(staff, "待办甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800060001");
		long late = demands.submitted(staff, "{\"categoryCode\":\"POLICY\",\"title\":\"待办超期\",\"description\":\"内容\",\"personId\":"
				+ person + "}");
		assertThat(inbox.awaitKinds(zhugen, "demands", "demand", late, k -> !k.isEmpty()))
			.containsExactly("demand.waiting.accept");
		// the department accepts what is raised at district level, not the towns' cases
		assertThat(inbox.kindsOn(staff, "demands", "demand", late)).isEmpty();
		assertThat(inbox.kindsOn(niuhua, "demands", "demand", late)).isEmpty();

		// a case raised at the town itself, for escalation past the town to the district
		long townPerson = members.person(staff, "待办乙", "511112100", "13800060002");
		long atTown = demands.submitted(staff, "{\"categoryCode\":\"POLICY\",\"title\":\"待办提级\",\"description\":\"内容\",\"personId\":"
				+ townPerson + "}");
		inbox.awaitKinds(zhugen, "demands", "demand", atTown, k -> !k.isEmpty());

		// both accept dates passed three days ago (a fixture: the sweep's own rules are tested elsewhere)
		jdbc.sql("update demands_case set accept_due = current_date - 3 where id in (:ids)")
			.param("ids", List.of(late, atTown)).update();
		sweep.sweep(Instant.now());
		// the village's case goes up to the town, whose officer still has it to accept, now overdue
		assertThat(inbox.kindsOn(zhugen, "demands", "demand", late)).containsExactly("demand.waiting.accept");
		// the escalation's event refreshes the town's item after the sweep commits: wait for it
		assertThat(lightsOf(inbox, zhugen, late, "OVERDUE")).as("overdue for the town").containsOnly("OVERDUE");
		// the town's case goes up to the district's dispatchers, to be accepted there
		assertThat(inbox.awaitKinds(staff, "demands", "demand", atTown, k -> !k.isEmpty()))
			.containsExactly("demand.waiting.accept");
		assertThat(inbox.kindsOn(staff, "demands", "demand", late)).isEmpty();
		assertThat(inbox.kindsOn(niuhua, "demands", "demand", late)).isEmpty();
		assertThat(inbox.kindsOn(niuhua, "demands", "demand", atTown)).isEmpty();
	}

	/** The lights of the record's items in the caller's demands, once they are all {@code expected} (or after 15 s). */
	private static List<String> lightsOf(InboxClient inbox, String token, long id, String expected) throws Exception {
		Instant until = Instant.now().plusSeconds(15);
		List<String> lights = List.of();
		while (Instant.now().isBefore(until)) {
			lights = JsonPath.read(inbox.read(token, "demands"), "$.items[?(@.recordId == " + id + ")].light");
			if (!lights.isEmpty() && lights.stream().allMatch(expected::equals)) {
				break;
			}
			Thread.sleep(50);
		}
		return lights;
	}

	@Test
	void theOldQueueApiSaysWhereTheInboxIs() throws Exception {
		String staff = new SelfServiceClient(mvc).token("staff");
		mvc.perform(get("/api/v1/demands/inbox").header("Authorization", SelfServiceClient.bearer(staff)))
			.andExpect(status().isGone())
			.andExpect(header().string("Link", "</api/v1/inbox?module=demands>; rel=\"successor-version\""))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/api/v1/inbox")));
	}

}
