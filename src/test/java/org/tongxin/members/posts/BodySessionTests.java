package org.tongxin.members.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.DemoLogins;

/**
 * The sessions with their total seats: the department records and changes them (page and API),
 * every bad field is named, a town officer may read but not change them, and a session's seats
 * give the share of the registry's people serving in it on the coverage figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class BodySessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDepartmentRecordsASessionAndItsSeatsGiveTheShareOfThePeopleServingInIt() throws Exception {
		String staff = token("staff");
		String created = send(post("/api/v1/member-sessions"), staff,
				"{\"kind\":\"NPC\",\"level\":\"PROVINCIAL\",\"sessionNumber\":\"14\",\"startedOn\":\"2023-01-10\",\"totalSeats\":\"800\"}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.totalSeats").value(800))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		long person = jdbc.sql("select id from members_person order by id limit 1").query(Long.class).single();
		send(post("/api/v1/members/" + person + "/posts"), staff, "{\"kind\":\"NPC\",\"level\":\"PROVINCIAL\",\"sessionNumber\":\"14\","
				+ "\"position\":\"代表\",\"startedOn\":\"2023-01-10\"}").andExpect(status().isCreated());

		String coverage = mvc.perform(get("/api/v1/members/coverage?date=2024-06-01").header("Authorization", "Bearer " + staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String at = "$.seatShares[?(@.kind == 'NPC' && @.level == 'PROVINCIAL')]";
		assertThat(JsonPath.<java.util.List<Integer>>read(coverage, at + ".held")).containsExactly(1);
		assertThat(JsonPath.<java.util.List<Double>>read(coverage, at + ".percent")).containsExactly(0.13);

		send(patch("/api/v1/member-sessions/" + id), staff, "{\"startedOn\":\"2023-01-10\",\"endedOn\":\"2028-01-09\",\"totalSeats\":400,\"version\":0}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.totalSeats").value(400)).andExpect(jsonPath("$.version").value(1));
		send(patch("/api/v1/member-sessions/" + id), staff, "{\"startedOn\":\"2023-01-10\",\"totalSeats\":300,\"version\":0}")
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from audit_event where action in ('MEMBER_SESSION_CREATED', 'MEMBER_SESSION_UPDATED')"
				+ " and target_id = :id").param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void everyBadFieldIsNamedAndASessionIsRecordedOnce() throws Exception {
		String staff = token("staff");
		send(post("/api/v1/member-sessions"), staff,
				"{\"kind\":\"ASSOCIATION_POST\",\"level\":\"TOWN\",\"sessionNumber\":\"100\",\"startedOn\":\"2021-13-01\",\"endedOn\":\"x\",\"totalSeats\":\"-3\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("kind", "level", "sessionNumber",
					"startedOn", "endedOn", "totalSeats")));
		send(post("/api/v1/member-sessions"), staff,
				"{\"kind\":\"CPPCC\",\"level\":\"COUNTY\",\"sessionNumber\":9,\"startedOn\":\"2016-12-28\",\"totalSeats\":175}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sessionNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("该机构的这一届已经登记过，请修改原有记录。"));
		send(post("/api/v1/member-sessions"), staff,
				"{\"kind\":\"CPPCC\",\"level\":\"CITY\",\"sessionNumber\":10,\"startedOn\":\"2026-01-10\",\"endedOn\":\"2025-01-01\",\"totalSeats\":300}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endedOn"));
	}

	@Test
	void aTownOfficerReadsTheSessionsButCannotChangeThem() throws Exception {
		String zhugen = token("zhugen");
		mvc.perform(get("/api/v1/member-sessions").header("Authorization", "Bearer " + zhugen)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == 'CPPCC' && @.sessionNumber == 9)].totalSeats").value(175));
		send(post("/api/v1/member-sessions"), zhugen,
				"{\"kind\":\"NPC\",\"level\":\"COUNTY\",\"sessionNumber\":20,\"startedOn\":\"2026-12-01\",\"totalSeats\":180}")
			.andExpect(status().isForbidden());
		String page = mvc.perform(get("/members/sessions").cookie(DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("人大、政协届次与总席位", "175").doesNotContain("登记届次</button>");
	}

	@Test
	void thePageRecordsASessionAndNamesTheReasonsOfARefusal() throws Exception {
		jakarta.servlet.http.Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String refused = mvc.perform(post("/members/sessions").param("kind", "CPPCC").param("level", "CITY").param("sessionNumber", "abc")
				.param("startedOn", "2021-13-40").param("totalSeats", "<script>").cookie(session).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("届次应为 1 至 99 的整数。", "总席位应为 1 至 5000 的整数。", "不是有效日期").doesNotContain("<script>");
		mvc.perform(post("/members/sessions").param("kind", "CPPCC").param("level", "CITY").param("sessionNumber", "11")
				.param("startedOn", "2027-01-10").param("totalSeats", "310").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from members_body_session where kind = 'CPPCC' and level = 'CITY' and session_number = 11")
			.query(Long.class).single();
		mvc.perform(post("/members/sessions/" + id).param("startedOn", "2027-01-10").param("totalSeats", "0").param("version", "0")
				.cookie(session).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/members/sessions/" + id).param("startedOn", "2027-01-10").param("totalSeats", "320").param("version", "x")
				.cookie(session).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/members/sessions/" + id).param("startedOn", "2027-01-10").param("totalSeats", "320").param("version", "0")
				.cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select total_seats from members_body_session where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(320);
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token,
			String json) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private String token(String user) throws Exception {
		return DemoLogins.token(mvc, user, DemoLogins.DEMO_PASSWORD);
	}

}
