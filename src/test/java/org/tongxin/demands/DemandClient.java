package org.tongxin.demands;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxin.members.selfservice.SelfServiceClient;

/** The demand API as the tests call it, by bearer token (other modules' tests too: a member's answered demand). */
public final class DemandClient {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	public DemandClient(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	static String bearer(String token) {
		return SelfServiceClient.bearer(token);
	}

	public long userId(String username) {
		return jdbc.sql("select id from identity_user where username = :u").param("u", username).query(Long.class).single();
	}

	ResultActions submit(String token, String json) throws Exception {
		return mvc.perform(post("/api/v1/demands").header("Authorization", bearer(token))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public long submitted(String token, String json) throws Exception {
		String answer = submit(token, json).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	ResultActions get(String token, long id) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/demands/" + id)
			.header("Authorization", bearer(token)));
	}

	public ResultActions step(String token, long id, String step, String json) throws Exception {
		return mvc.perform(post("/api/v1/demands/" + id + "/" + step).header("Authorization", bearer(token))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public long version(long id) {
		return jdbc.sql("select version from demands_case where id = :id").param("id", id).query(Long.class).single();
	}

}
