package org.tongxin.proposals;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxin.members.selfservice.SelfServiceClient;

/** The proposal API as the tests call it, by bearer token. */
public final class ProposalClient {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	public ProposalClient(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	public ResultActions draft(String token, String json) throws Exception {
		return mvc.perform(post("/api/v1/proposals").header("Authorization", SelfServiceClient.bearer(token))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public long drafted(String token, String title) throws Exception {
		String answer = draft(token, "{\"categoryCode\":\"RURAL\",\"title\":\"" + title
				+ "\",\"body\":\"建议整合村级集体经济资源，发展茶叶深加工，带动农户增收。\"}")
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	public ResultActions get(String token, long id) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/proposals/" + id).header("Authorization", SelfServiceClient.bearer(token)));
	}

	public ResultActions list(String token, String query) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/proposals?" + query).header("Authorization", SelfServiceClient.bearer(token)));
	}

	public ResultActions step(String token, long id, String step, String json) throws Exception {
		return mvc.perform(post("/api/v1/proposals/" + id + "/" + step).header("Authorization", SelfServiceClient.bearer(token))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** A step carrying the proposal's current version, with more JSON fields after it. */
	public ResultActions versioned(String token, long id, String step, String more) throws Exception {
		return step(token, id, step, "{\"version\":" + version(id) + (more.isEmpty() ? "" : "," + more) + "}");
	}

	public long version(long id) {
		return jdbc.sql("select version from proposals_proposal where id = :id").param("id", id).query(Long.class).single();
	}

	public long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	public String status(long id) {
		return jdbc.sql("select status from proposals_proposal where id = :id").param("id", id).query(String.class).single();
	}

	public int events(long id) {
		return jdbc.sql("select count(*) from proposals_event where proposal_id = :id").param("id", id).query(Integer.class).single();
	}

	/** Registers a submitted proposal as staff; returns nothing, asserts nothing. */
	public void register(String staff, long id, boolean publicVisible) throws Exception {
		versioned(staff, id, "register", "\"publicVisible\":" + publicVisible);
	}

}
