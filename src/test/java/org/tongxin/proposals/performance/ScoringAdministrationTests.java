package org.tongxin.proposals.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;

/** Sessions and points: staff add and change them (version-guarded), bad values name their field, others are refused. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ScoringAdministrationTests {

	private static final String URL = "/api/v1/proposal-scoring/sessions";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeededSessionHasEveryItemWithItsDefault() {
		assertThat(jdbc.sql("select count(*) from proposals_score_rule r join proposals_session s on s.id = r.session_id"
				+ " where s.name = '第九届'").query(Long.class).single()).isEqualTo(ScoreItem.values().length);
		assertThat(jdbc.sql("select r.points from proposals_score_rule r join proposals_session s on s.id = r.session_id"
				+ " where s.name = '第九届' and r.item = 'DECISION'").query(java.math.BigDecimal.class).single())
			.isEqualByComparingTo("10");
	}

	@Test
	void addChangeAndAStaleVersion() throws Exception {
		String staff = "Bearer " + DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String name = "测试届" + System.nanoTime() % 100000;
		String created = mvc.perform(post(URL).header("Authorization", staff).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2031-12-31\","
						+ "\"points\":{\"DECISION\":\"12.5\"}}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		assertThat(JsonPath.<Double>read(created, "$.points.DECISION")).isEqualTo(12.5);
		assertThat(JsonPath.<Double>read(created, "$.points.PROPOSAL_COSIGNED")).isEqualTo(0.5);
		// the same name again is refused, naming the field
		mvc.perform(post(URL).header("Authorization", staff).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2031-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("\"name\""));
		String change = "{\"name\":\"" + name + "\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2031-12-31\","
				+ "\"points\":{\"PROPOSAL_SUBMITTED\":\"1.5\"},\"version\":0}";
		String changed = mvc.perform(put(URL + "/" + id).header("Authorization", staff)
				.contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Double>read(changed, "$.points.PROPOSAL_SUBMITTED")).isEqualTo(1.5);
		assertThat(JsonPath.<Integer>read(changed, "$.version")).isEqualTo(1);
		// the same change at the old version: 409, nothing changed
		mvc.perform(put(URL + "/" + id).header("Authorization", staff).contentType(MediaType.APPLICATION_JSON)
				.content(change.replace("1.5", "9"))).andExpect(status().isConflict());
		assertThat(JsonPath.<Double>read(mvc.perform(get(URL + "/" + id).header("Authorization", staff))
			.andReturn().getResponse().getContentAsString(), "$.points.PROPOSAL_SUBMITTED")).isEqualTo(1.5);
		// bad points and dates name their fields
		mvc.perform(put(URL + "/" + id).header("Authorization", staff).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"startsOn\":\"2031-01-01\",\"endsOn\":\"2027-12-31\","
						+ "\"points\":{\"DECISION\":\"-1\"},\"version\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("points[DECISION]", "endsOn"));
	}

	@Test
	void thePageAddsAndReShowsErrors() throws Exception {
		var staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		assertThat(mvc.perform(get("/admin/proposal-scoring").cookie(staff)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("第九届");
		String page = mvc.perform(post("/admin/proposal-scoring").cookie(staff).with(csrf()).param("name", "")
				.param("startsOn", "2027-01-01").param("endsOn", "x").param("points[DECISION]", "abc"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("is-invalid", "请填写届次名称");
		String name = "页面测试届" + System.nanoTime() % 100000;
		mvc.perform(post("/admin/proposal-scoring").cookie(staff).with(csrf()).param("name", name)
				.param("startsOn", "2032-01-01").param("endsOn", "2036-12-31").param("points[DECISION]", "11"))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from proposals_session where name = :n").param("n", name).query(Long.class).single();
		mvc.perform(post("/admin/proposal-scoring/" + id).cookie(staff).with(csrf()).param("name", name)
				.param("startsOn", "2032-01-01").param("endsOn", "2036-12-31").param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("已被他人修改"));
	}

	@Test
	void othersAreRefused() throws Exception {
		String zhugen = "Bearer " + DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get(URL).header("Authorization", zhugen)).andExpect(status().isForbidden());
		mvc.perform(post(URL).header("Authorization", zhugen).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"x\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2031-12-31\"}"))
			.andExpect(status().isForbidden());
		var leader = DemoLogins.login(mvc, "leader", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/admin/proposal-scoring").cookie(leader)).andExpect(status().isForbidden());
	}

}
