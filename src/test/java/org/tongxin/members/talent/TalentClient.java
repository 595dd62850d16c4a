package org.tongxin.members.talent;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.DemoLogins;

/**
 * Demo accounts' sessions and tokens, people registered for a test (no ID number, so they never
 * collide), names unique to this run (CI runs the suite twice on one database), plans and audit
 * counts.
 */
final class TalentClient {

	static final String ZHUGEN_VILLAGE = "511112100003";

	static final String NIUHUA_VILLAGE = "511112101004";

	private static final String DIGITS = "零一二三四五六七八九";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	TalentClient(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** A run-unique Chinese token (digits of the clock as 零一二…), for names a text search finds exactly. */
	static String token() {
		String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
		StringBuilder s = new StringBuilder();
		for (char c : n.toCharArray()) {
			s.append(DIGITS.charAt(c - '0'));
		}
		return s.toString();
	}

	String token(String username) throws Exception {
		return DemoLogins.token(mvc, username, DemoLogins.DEMO_PASSWORD);
	}

	Cookie login(String username) throws Exception {
		return DemoLogins.login(mvc, username, DemoLogins.DEMO_PASSWORD);
	}

	long person(String token, String name, String unitCode) throws Exception {
		return person(token, "{\"name\":\"" + name + "\",\"unitCode\":\"" + unitCode + "\"}");
	}

	long person(String token, String json) throws Exception {
		return id(mvc.perform(api(post("/api/v1/members"), token).content(json)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString());
	}

	long plan(String token, long person, String startsOn, String endsOn) throws Exception {
		return id(mvc.perform(api(post("/api/v1/members/" + person + "/plans"), token)
				.content("{\"title\":\"测试培养计划\",\"startsOn\":\"" + startsOn + "\",\"endsOn\":\"" + endsOn + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long step(String token, long plan, String title, String dueOn) throws Exception {
		return id(mvc.perform(api(post("/api/v1/members/talent/plans/" + plan + "/steps"), token)
				.content("{\"title\":\"" + title + "\",\"dueOn\":\"" + dueOn + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	/** The plan's current version, for a change that must name it. */
	long version(long plan) {
		return jdbc.sql("select version from members_cultivation_plan where id = :p").param("p", plan).query(Long.class)
			.single();
	}

	long audits(String action, long person) {
		return jdbc.sql("select count(*) from audit_event where action = :a and target_type = 'member' and target_id = :t")
			.param("a", action).param("t", String.valueOf(person)).query(Long.class).single();
	}

	static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
