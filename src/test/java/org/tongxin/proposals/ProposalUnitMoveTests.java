package org.tongxin.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

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
import org.tongxin.members.selfservice.SelfServiceClient.Member;
import org.tongxin.org.Units;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * When a handling unit moves to another town, the proposals assigned to it move with it: the new
 * town's officer (a handler within their scope) sees them and the old town's no longer does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProposalUnitMoveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Test
	void proposalsFollowTheirHandlingUnitToItsNewTown() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		ProposalClient proposals = new ProposalClient(mvc, jdbc);
		String staff = members.token("staff");
		String zhugen = members.token("zhugen");
		String niuhua = members.token("niuhua");
		String code = "PMOVE-" + System.nanoTime() % 1_000_000_000L;
		var unitManager = ActorFixtures.withActor(DataScope.ALL, units.deploymentRoot().id(), Privilege.UNIT_VIEW,
				Privilege.UNIT_MANAGE);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/units")
				.with(unitManager).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":" + units.findByCode("511112100").orElseThrow().id()
						+ ",\"kind\":\"PARK\",\"name\":\"建言迁移园区\",\"code\":\"" + code + "\"}"))
			.andExpect(status().isCreated());
		Member author = members.member(staff, "迁移建言人", SelfServiceClient.ZHUGEN_VILLAGE, "13800060099");
		long id = proposals.drafted(author.token(), "迁移测试建言");
		proposals.versioned(author.token(), id, "submit", "").andExpect(status().isOk());
		proposals.register(staff, id, false);
		long park = units.findByCode(code).orElseThrow().id();
		proposals.versioned(staff, id, "assign", "\"leadUnitId\":" + park + ",\"dueDate\":\"" + LocalDate.now().plusMonths(2)
				+ "\"").andExpect(status().isOk());
		proposals.get(zhugen, id).andExpect(status().isOk());
		proposals.get(niuhua, id).andExpect(status().isNotFound());

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/units/" + park + "/move")
				.with(unitManager).contentType(MediaType.APPLICATION_JSON).content("{\"parentCode\":\"511112101\"}"))
			.andExpect(status().isOk());
		String newPath = units.findByCode(code).orElseThrow().path();
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!newPath.equals(leadPath(id)) && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(leadPath(id)).isEqualTo(newPath);
		proposals.get(niuhua, id).andExpect(status().isOk());
		proposals.get(zhugen, id).andExpect(status().isNotFound());
	}

	private String leadPath(long id) {
		return jdbc.sql("select lead_unit_path from proposals_proposal where id = :id").param("id", id)
			.query(String.class).single();
	}

}
