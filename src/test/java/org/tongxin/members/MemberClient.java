package org.tongxin.members;

import org.tongxin.DemoLogins;


import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
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
		return DemoLogins.token(mvc, username, DEMO_PASSWORD);
	}

	Cookie login(String username) throws Exception {
		return DemoLogins.login(mvc, username, DEMO_PASSWORD);
	}

	static String bearer(String token) {
		return "Bearer " + token;
	}

}
