package org.tongxin.proposals.reports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tongxin.DemoLogins;

/** The report API as the tests call it, by bearer token of the demo accounts. */
final class ReportClient {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	ReportClient(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	String token(String username) throws Exception {
		return DemoLogins.token(mvc, username, DemoLogins.DEMO_PASSWORD);
	}

	ResultActions submit(String token, String json) throws Exception {
		return mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** A new report with a title made unique by the caller, and its id. */
	long submitted(String token, String title) throws Exception {
		String answer = submit(token, "{\"categoryCode\":\"SOCIAL\",\"title\":\"" + title
				+ "\",\"body\":\"群众反映的情况和建议。\"}").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	ResultActions get(String token, long id) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/api/v1/reports/" + id).header("Authorization", "Bearer " + token));
	}

	ResultActions events(String token, long id) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/api/v1/reports/" + id + "/events").header("Authorization", "Bearer " + token));
	}

	ResultActions list(String token, String query) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/api/v1/reports" + query).header("Authorization", "Bearer " + token));
	}

	ResultActions step(String token, long id, String step, String json) throws Exception {
		return mvc.perform(post("/api/v1/reports/" + id + "/" + step).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Accepts a new report as staff (a report in ACCEPTED, ready for forwards and adoptions). */
	void accept(String staff, long id) throws Exception {
		step(staff, id, "accept", "{\"version\":" + version(id) + "}").andExpect(status().isOk());
	}

	long version(long id) {
		return jdbc.sql("select version from proposals_report where id = :id").param("id", id).query(Long.class).single();
	}

	String statusOf(long id) {
		return jdbc.sql("select status from proposals_report where id = :id").param("id", id).query(String.class).single();
	}

	int eventCount(long id) {
		return jdbc.sql("select count(*) from proposals_report_event where report_id = :id").param("id", id)
			.query(Integer.class).single();
	}

	int adoptions(long id) {
		return jdbc.sql("select count(*) from proposals_report_adoption where report_id = :id").param("id", id)
			.query(Integer.class).single();
	}

}
