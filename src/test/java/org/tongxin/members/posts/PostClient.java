package org.tongxin.members.posts;

import org.tongxin.DemoLogins;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Demo accounts' sessions and tokens, people registered for a test (no ID number, so they never
 * collide with other tests), and posts added through the API.
 */
final class PostClient {

	static final String DEMO_PASSWORD = "Tongxin@2026";

	static final String ZHUGEN_VILLAGE = "511112100003";

	static final String NIUHUA_VILLAGE = "511112101004";

	/** Session numbers no demo post uses, one per test, so tests that end sessions never meet. */
	private static final AtomicInteger SESSION = new AtomicInteger(60);

	private final MockMvc mvc;

	PostClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	static int freshSession() {
		return SESSION.incrementAndGet();
	}

	String token(String username) throws Exception {
		return DemoLogins.token(mvc, username, DEMO_PASSWORD);
	}

	Cookie login(String username) throws Exception {
		return DemoLogins.login(mvc, username, DEMO_PASSWORD);
	}

	long person(String token, String name, String unitCode) throws Exception {
		String body = mvc.perform(api(post("/api/v1/members"), token)
				.content("{\"name\":\"" + name + "\",\"unitCode\":\"" + unitCode + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long addPost(String token, long person, String json) throws Exception {
		String body = mvc.perform(api(post("/api/v1/members/" + person + "/posts"), token).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	static String seat(String kind, String level, int session, String startedOn) {
		return "{\"kind\":\"" + kind + "\",\"level\":\"" + level + "\",\"sessionNumber\":" + session
				+ ",\"sector\":\"经济界\",\"position\":\"委员\",\"startedOn\":\"" + startedOn + "\"}";
	}

	static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
	}

}
