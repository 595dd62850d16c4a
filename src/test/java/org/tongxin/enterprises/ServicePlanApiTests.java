package org.tongxin.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.enterprises.EnterpriseClient.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.ActorFixtures;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.DataScope;

/**
 * The service plan ("one enterprise, one policy") through the API: a measure planned, moved on,
 * completed with its result and done date, refused a second completion; overdue ones flagged; a
 * stale version answered 409; and the public {@link Enterprises} look-up other modules use.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ServicePlanApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Enterprises enterprises;

	@Autowired
	Units units;

	private EnterpriseClient client;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		client = new EnterpriseClient(mvc);
		zhugen = client.token("zhugen");
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void aMeasureIsPlannedMovedOnAndCompleted() throws Exception {
		long id = client.enterprise(zhugen, "一企一策测试企业", "511112100");
		long measure = client.measure(zhugen, id, "{\"text\":\"协调蒸汽管网接入\",\"ownerUsername\":\"zhugen\",\"startsOn\":\""
				+ today().minusDays(10) + "\",\"dueOn\":\"" + today().plusDays(20) + "\"}");
		mvc.perform(api(get("/api/v1/enterprises/measures/" + measure), zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.ownerUsername").value("zhugen"))
			.andExpect(jsonPath("$.overdue").value(false));

		mvc.perform(api(patch("/api/v1/enterprises/measures/" + measure), zhugen)
				.content("{\"status\":\"IN_PROGRESS\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.text").value("协调蒸汽管网接入"));
		mvc.perform(api(patch("/api/v1/enterprises/measures/" + measure), zhugen).content("{\"status\":\"DROPPED\",\"version\":0}"))
			.andExpect(status().isConflict());

		mvc.perform(api(post("/api/v1/enterprises/measures/" + measure + "/done"), zhugen)
				.content("{\"resultNote\":\"已接入\",\"doneOn\":\"" + today().plusDays(1) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("doneOn"));
		mvc.perform(api(post("/api/v1/enterprises/measures/" + measure + "/done"), zhugen).content("{\"resultNote\":\"已接入\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.doneOn").value(today().toString()))
			.andExpect(jsonPath("$.resultNote").value("已接入"));
		mvc.perform(api(post("/api/v1/enterprises/measures/" + measure + "/done"), zhugen).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));

		List<String> actions = jdbc.sql("select action from audit_event where target_type = 'enterprise' and target_id = :t"
				+ " and action like 'MEASURE%' order by id").param("t", String.valueOf(id)).query(String.class).list();
		assertThat(actions).containsExactly("MEASURE_ADDED", "MEASURE_CHANGED", "MEASURE_CHANGED");

		mvc.perform(api(delete("/api/v1/enterprises/measures/" + measure), zhugen)).andExpect(status().isNoContent());
		mvc.perform(api(get("/api/v1/enterprises/measures/" + measure), zhugen)).andExpect(status().isNotFound());
	}

	@Test
	void openMeasuresPastTheirDueDateAreOverdueAndBadInputNamesTheField() throws Exception {
		long id = client.enterprise(zhugen, "逾期测试企业", "511112100");
		client.measure(zhugen, id, "{\"text\":\"逾期措施\",\"owner\":\"区发改局\",\"startsOn\":\"" + today().minusDays(30)
				+ "\",\"dueOn\":\"" + today().minusDays(1) + "\",\"status\":\"IN_PROGRESS\"}");
		client.measure(zhugen, id, "{\"text\":\"按期办结\",\"startsOn\":\"" + today().minusDays(30) + "\",\"dueOn\":\""
				+ today().minusDays(2) + "\",\"status\":\"DONE\",\"doneOn\":\"" + today().minusDays(3) + "\"}");
		mvc.perform(api(get("/api/v1/enterprises/" + id + "/measures"), zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measures[0].text").value("逾期措施"))
			.andExpect(jsonPath("$.measures[0].overdue").value(true))
			.andExpect(jsonPath("$.measures[0].owner").value("区发改局"))
			.andExpect(jsonPath("$.measures[1].overdue").value(false));
		mvc.perform(api(get("/api/v1/enterprises").param("q", "逾期测试企业"), zhugen))
			.andExpect(jsonPath("$.content[0].overdueMeasures").value(1))
			.andExpect(jsonPath("$.content[0].openMeasures").value(1));

		mvc.perform(api(post("/api/v1/enterprises/" + id + "/measures"), zhugen)
				.content("{\"text\":\"\",\"startsOn\":\"2026-05-01\",\"dueOn\":\"2026-04-01\",\"ownerUsername\":\"nobody-here\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("text", "ownerUsername",
					"dueOn")));
	}

	@Test
	void otherModulesFindEnterprisesWithinTheActorsScope() throws Exception {
		long zhugenOne = client.enterprise(zhugen, "对外接口测试企业", "511112100");
		long town = units.findByCode("511112100").orElseThrow().id();
		long otherTown = units.findByCode("511112101").orElseThrow().id();
		var officer = ActorFixtures.actor(DataScope.UNIT_AND_BELOW, town);
		var stranger = ActorFixtures.actor(DataScope.UNIT_AND_BELOW, otherTown);

		assertThat(enterprises.visible(officer, zhugenOne).name()).isEqualTo("对外接口测试企业");
		assertThatThrownBy(() -> enterprises.visible(stranger, zhugenOne)).isInstanceOf(NotFoundException.class);
		assertThat(enterprises.search(officer, "对外接口测试", 10)).extracting(EnterpriseSummary::id).contains(zhugenOne);
		assertThat(enterprises.search(stranger, "对外接口测试", 10)).isEmpty();
		assertThat(enterprises.findAll(List.of(zhugenOne))).containsKey(zhugenOne);
		assertThat(enterprises.findAll(List.of(zhugenOne)).get(zhugenOne).unitId()).isEqualTo(town);
	}

}
