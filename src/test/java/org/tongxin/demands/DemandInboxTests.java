package org.tongxin.demands;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.org.Units;

/**
 * The inbox's queues hold what is the user's own to do: a case past its accept date is overdue for
 * the town officer who should accept it; a case escalated to a unit is overdue for that unit and
 * nobody else's; the district's staff are not handed every town's cases to accept.
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
	Units units;

	@Test
	void overdueAndEscalatedCasesWaitWithThoseWhoseTurnItIs() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		DemandClient demands = new DemandClient(mvc, jdbc);
		String staff = members.token("staff");
		String zhugen = members.token("zhugen");
		String niuhua = members.token("niuhua");
		long person = members.person(staff, "待办甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800060001");
		long late = demands.submitted(staff, "{\"categoryCode\":\"POLICY\",\"title\":\"待办超期\",\"description\":\"内容\",\"personId\":"
				+ person + "}");
		// its accept date passed yesterday (a fixture: the sweep and the clock are tested elsewhere)
		jdbc.sql("update demands_case set accept_due = current_date - 1 where id = :id").param("id", late).update();
		int lateId = (int) late;
		demands.inbox(zhugen).andExpect(status().isOk())
			.andExpect(jsonPath("$.queues.TO_ACCEPT[*].id", hasItem(lateId)))
			.andExpect(jsonPath("$.queues.OVERDUE[*].id", hasItem(lateId)));
		// the department accepts what is raised at district level, not the towns' cases
		demands.inbox(staff).andExpect(jsonPath("$.queues.TO_ACCEPT[*].id", not(hasItem(lateId))));
		demands.inbox(niuhua).andExpect(jsonPath("$.queues.OVERDUE[*].id", not(hasItem(lateId))));

		long escalated = demands.submitted(staff, "{\"categoryCode\":\"POLICY\",\"title\":\"待办提级\",\"description\":\"内容\",\"personId\":"
				+ person + "}");
		var district = units.deploymentRoot();
		jdbc.sql("update demands_case set accept_due = current_date - 3, escalation_mark = 'SUBMITTED#1',"
				+ " escalated_unit_id = :unit, escalated_unit_path = :path, ever_late = true where id = :id")
			.param("unit", district.id()).param("path", district.path()).param("id", escalated).update();
		int escalatedId = (int) escalated;
		demands.inbox(staff).andExpect(jsonPath("$.queues.OVERDUE[*].id", hasItem(escalatedId)))
			.andExpect(jsonPath("$.queues.TO_ACCEPT[*].id", hasItem(escalatedId)));
		demands.inbox(niuhua).andExpect(jsonPath("$.queues.OVERDUE[*].id", not(hasItem(escalatedId))));
	}

}
