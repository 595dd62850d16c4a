package org.tongxin.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logs in through the real form and keeps the session cookie, as a browser would. */
final class BrowserSession {

	private BrowserSession() {
	}

	static MvcResult submitLogin(MockMvc mvc, String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())).andReturn();
	}

	static Cookie login(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = submitLogin(mvc, username, password);
		Cookie cookie = result.getResponse().getCookie("TONGXIN_SESSION");
		if (cookie == null || !"/".equals(result.getResponse().getRedirectedUrl()) && result.getResponse().getRedirectedUrl().contains("error")) {
			throw new AssertionError("login failed for " + username + ": " + result.getResponse().getRedirectedUrl() + " cookies "
					+ java.util.Arrays.toString(result.getResponse().getCookies()) + " " + result.getResponse().getHeaders("Set-Cookie"));
		}
		return cookie;
	}

}
