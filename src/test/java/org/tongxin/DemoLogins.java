package org.tongxin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logging in as a user through the real form or the token endpoint, for every module's tests. */
public final class DemoLogins {

	public static final String DEMO_PASSWORD = "Tongxin@2026";

	private DemoLogins() {
	}

	public static String token(MockMvc mvc, String username, String password) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	public static Cookie login(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		Cookie cookie = result.getResponse().getCookie("TONGXIN_SESSION");
		if (cookie == null) {
			throw new AssertionError("Login failed for " + username);
		}
		return cookie;
	}

}
