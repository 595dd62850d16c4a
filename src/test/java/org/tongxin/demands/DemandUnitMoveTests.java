package org.tongxin.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.ActorFixtures;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.org.Units;

/**
 * When a unit moves to another town, the cases arising there move with it: the new town's officer sees them
 * and the old town's no longer does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemandUnitMoveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Test
	void casesFollowTheirUnitToItsNewTown() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		DemandClient demands = new DemandClient(mvc, jdbc);
		String admin = members.token("staff"); // submits, so that neither town officer sees the case as their own
		String zhugen = members.token("zhugen");
		String niuhua = members.token("niuhua");
		// a park of its own under 竹根镇, so that no other test's data moves
		String code = "MOVE-" + System.nanoTime() % 1_000_000_000L;
		var unitManager = ActorFixtures.withActor(DataScope.ALL, units.deploymentRoot().id(), Privilege.UNIT_VIEW,
				Privilege.UNIT_MANAGE);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/units").with(unitManager)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":" + units.findByCode("511112100").orElseThrow().id() + ",\"kind\":\"PARK\",\"name\":\"迁移测试园区\",\"code\":\""
						+ code + "\"}"))
			.andExpect(status().isCreated());
		long person = members.person(admin, "迁移甲", code, "13800050001");
		long id = demands.submitted(admin, "{\"categoryCode\":\"POLICY\",\"title\":\"迁移测试\",\"description\":\"内容\",\"personId\":"
				+ person + "}");
		demands.get(niuhua, id).andExpect(status().isNotFound());
		demands.get(zhugen, id).andExpect(status().isOk());
		long village = units.findByCode(code).orElseThrow().id();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/units/" + village + "/move")
				.with(unitManager).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentCode\":\"511112101\"}"))
			.andExpect(status().isOk());
		String newPath = units.findByCode(code).orElseThrow().path();
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!newPath.equals(jdbc.sql("select unit_path from demands_case where id = :id").param("id", id)
			.query(String.class).single()) && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(jdbc.sql("select unit_path from demands_case where id = :id").param("id", id).query(String.class).single())
			.isEqualTo(newPath);
		demands.get(niuhua, id).andExpect(status().isOk());
		demands.get(zhugen, id).andExpect(status().isNotFound());
	}

}
