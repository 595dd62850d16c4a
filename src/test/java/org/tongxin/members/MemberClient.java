package org.tongxin.members;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.shared.person.ChineseIdNumber;

/** Demo accounts' sessions and tokens, and ID numbers no other test (nor the demo registry) uses. */
final class MemberClient {

	static final String DEMO_PASSWORD = "Tongxin@2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final MockMvc mvc;

	MemberClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A valid number of a Beijing district (the demo registry uses Wutongqiao's code), unique per call. */
	static ChineseIdNumber freshIdNumber(boolean male) {
		int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 400) * 1000;
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 15000);
		return ChineseIdNumber.generate("110101", birth, (n / 15000 + n) % 1000, male);
	}

	String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	Cookie login(String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn();
		Cookie cookie = result.getResponse().getCookie("TONGXIN_SESSION");
		if (cookie == null) {
			throw new AssertionError("Login failed for " + username);
		}
		return cookie;
	}

	static String bearer(String token) {
		return "Bearer " + token;
	}

}
