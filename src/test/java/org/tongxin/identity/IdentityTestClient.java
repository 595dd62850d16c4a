package org.tongxin.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Real principals for tests: a browser session from the login form (its cookie), or an API token
 * from {@code POST /api/v1/tokens}. Users made here get unique names, as all tests share one database.
 */
public final class IdentityTestClient {

	static final String DEMO_PASSWORD = "Tongxin@2026";

	public static final String NEW_PASSWORD = "Fresh#Start2026";

	/** What an administrator gives a new user; the user replaces it at first login. */
	static final String TEMPORARY_PASSWORD = "Temporary#Given2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final MockMvc mvc;

	public IdentityTestClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public static String unique(String prefix) {
		return prefix + "-" + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
	}

	/** Logs in through the real form and returns the session cookie. */
	Cookie login(String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie cookie = result.getResponse().getCookie("TONGXIN_SESSION");
		if (cookie == null) {
			// the cookie's name is configuration; Spring Session's default where it is not applied
			cookie = result.getResponse().getCookie("SESSION");
		}
		if (cookie == null || result.getResponse().getRedirectedUrl().contains("error")) {
			throw new AssertionError("Login failed for " + username);
		}
		return cookie;
	}

	public String token(String username, String password) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	/**
	 * Creates a user as admin through the API with a temporary password, then, as the new user
	 * must, logs in and replaces it with {@link #NEW_PASSWORD}. Returns the user's id.
	 */
	public long createUser(String adminToken, String username, String unitCode, Set<String> roles) throws Exception {
		String body = mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content(userJson(username, "测试用户", unitCode, roles, TEMPORARY_PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Cookie session = login(username, TEMPORARY_PASSWORD);
		mvc.perform(post("/account/password").cookie(session).with(csrf())
				.param("currentPassword", TEMPORARY_PASSWORD).param("newPassword", NEW_PASSWORD)
				.param("confirmPassword", NEW_PASSWORD))
			.andExpect(status().is3xxRedirection());
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long version(String token, long userId) throws Exception {
		String body = mvc.perform(get("/api/v1/users/" + userId).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.version")).longValue();
	}

	static String userJson(String username, String displayName, String unitCode, Set<String> roles, String password) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName + "\",\"homeUnitCode\":\"" + unitCode
				+ "\",\"roles\":[" + String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList())
				+ "],\"password\":\"" + password + "\"}";
	}

	static String bearer(String token) {
		return "Bearer " + token;
	}

}
