package org.tongxin.proposals.decisions;

import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tongxin.DemoLogins;

/** The decisions API as the tests call it, by bearer token; references unique per run (the test database is shared). */
final class DecisionClient {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

	private final MockMvc mvc;

	DecisionClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	String token(String username) throws Exception {
		return DemoLogins.token(mvc, username, DemoLogins.DEMO_PASSWORD);
	}

	static String reference() {
		return "测试发〔2026〕" + SEQUENCE.incrementAndGet() + "号";
	}

	/** Today's office date: a decision is not older than the sources the tests link to it (submitted today). */
	static java.time.LocalDate today() {
		return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
	}

	static String decisionJson(String reference, String title) {
		return "{\"issuer\":\"JOINT\",\"reference\":\"" + reference + "\",\"title\":\"" + title
				+ "\",\"decidedOn\":\"" + today() + "\",\"summary\":\"落实民主党派建言\"}";
	}

	ResultActions create(String token, String json) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/api/v1/decisions").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long created(String token, String title) throws Exception {
		return id(create(token, decisionJson(reference(), title)));
	}

	ResultActions get(String token, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/api/v1/decisions" + path).header("Authorization", "Bearer " + token));
	}

	ResultActions put(String token, long id, String json) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.put("/api/v1/decisions/" + id).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions post(String token, String path, String json) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/api/v1/decisions" + path).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Adds a result owned by the unit of {@code unitCode} and answers its id. */
	long result(String token, long decision, String unitCode) throws Exception {
		return id(post(token, "/" + decision + "/results", "{\"title\":\"建设产业园配套道路\",\"ownerUnitCode\":\"" + unitCode
				+ "\",\"ownerName\":\"刘洋\",\"startsOn\":\"" + today() + "\",\"dueOn\":\"" + today().plusMonths(7) + "\"}"));
	}

	ResultActions update(String token, long result, int progress, String note, long version) throws Exception {
		return post(token, "/results/" + result + "/updates",
				"{\"progress\":\"" + progress + "\",\"note\":\"" + note + "\",\"version\":" + version + "}");
	}

	static long id(ResultActions actions) throws Exception {
		String body = actions.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
