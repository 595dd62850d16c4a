package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.identity.internal.UserAccountRepository;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginAndTokenTests {

	private static final String PASSWORD = UserFixtures.PASSWORD;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserFixtures fixtures;

	@Autowired
	UserAccountRepository users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anUnauthenticatedApiCallGets401AsProblemJson() throws Exception {
		mvc.perform(get("/api/v1/units").param("parent", "511112"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
	}

	@Test
	void anUnauthenticatedPageRequestIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/units")).andExpect(status().is3xxRedirection());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountWithTheSameAnswerAsAWrongPassword() throws Exception {
		String username = fixtures.create("lock-me", "TOWN_OFFICER", "511112100", clock.instant());
		String wrongAnswer = null;
		for (int i = 0; i < 5; i++) {
			wrongAnswer = tokenRequest(username, "Wrong#Pass1").andExpect(status().isUnauthorized())
				.andReturn().getResponse().getContentAsString();
		}
		String lockedAnswer = tokenRequest(username, PASSWORD).andExpect(status().isUnauthorized())
			.andReturn().getResponse().getContentAsString();
		String unknownAnswer = tokenRequest("no-such-user", PASSWORD).andExpect(status().isUnauthorized())
			.andReturn().getResponse().getContentAsString();
		assertThat(lockedAnswer).isEqualTo(wrongAnswer).isEqualTo(unknownAnswer);
		assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().isLockedAt(clock.instant())).isTrue();
		assertThat(auditCount("ACCOUNT_LOCKED", username)).isEqualTo(1);
		assertThat(auditCount("LOGIN_FAILURE", username)).isEqualTo(6);
	}

	@Test
	void theLoginFormLocksTooAndRefusesALockedAccountWithTheUsualMessage() throws Exception {
		String username = fixtures.create("form-lock", "TOWN_OFFICER", "511112100", clock.instant());
		for (int i = 0; i < 5; i++) {
			assertThat(BrowserSession.submitLogin(mvc, username, "Wrong#Pass1").getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
		assertThat(BrowserSession.submitLogin(mvc, username, PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void aTokenIssuedForCredentialsWorksUntilRevoked() throws Exception {
		String username = fixtures.create("token-user", "TOWN_OFFICER", "511112100", clock.instant());
		String body = tokenRequest(username, PASSWORD).andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").isString())
			.andReturn().getResponse().getContentAsString();
		String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].prefix").value(token.substring(0, 10)));
		assertThat(jdbc.sql("select count(*) from identity_api_token where token_hash = :t").param("t", token)
			.query(Long.class).single()).as("the token is stored hashed, never as is").isZero();
		mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenCannotOutliveTheMaximumValidity() throws Exception {
		String username = fixtures.create("long-token", "TOWN_OFFICER", "511112100", clock.instant());
		mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"validityDays\":4000}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validityDays"));
	}

	@Test
	void loginRenewsTheSessionIdAndLogoutEndsTheSession() throws Exception {
		String username = fixtures.create("session-user", "TOWN_OFFICER", "511112100", clock.instant());
		Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("TONGXIN_SESSION");
		Cookie session = BrowserSession.login(mvc, username, PASSWORD);
		if (anonymous != null) {
			assertThat(session.getValue()).isNotEqualTo(anonymous.getValue());
		}
		assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
		assertThat(session.getAttribute("SameSite")).isEqualTo("Lax");
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
		assertThat(auditCount("LOGOUT", username)).isEqualTo(1);
	}

	@Test
	void theTokenPageShowsANewTokenOnceAndAReloadIssuesNoOther() throws Exception {
		String username = fixtures.create("page-token", "TOWN_OFFICER", "511112100", clock.instant());
		Cookie session = BrowserSession.login(mvc, username, PASSWORD);
		var issued = mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "同步脚本"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = mvc.perform(get("/account/tokens").cookie(session).flashAttrs(issued.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("txn_[A-Za-z0-9_-]{40,}");
		String reloaded = mvc.perform(get("/account/tokens").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(reloaded).doesNotContainPattern("txn_[A-Za-z0-9_-]{40,}");
		assertThat(jdbc.sql("select count(*) from identity_api_token t join identity_user u on u.id = t.user_id where u.username = :u")
			.param("u", username).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void apiErrorsSpeakTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/tokens").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"nobody\",\"password\":\"x\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Wrong user name or password")));
		mvc.perform(post("/api/v1/tokens").header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"nobody\",\"password\":\"x\"}"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("用户名或密码错误")));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
	}

	private org.springframework.test.web.servlet.ResultActions tokenRequest(String username, String password)
			throws Exception {
		return mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}

	private long auditCount(String action, String actor) {
		return jdbc.sql("select count(*) from audit_event where action = :a and actor_name = :n")
			.param("a", action).param("n", actor).query(Long.class).single();
	}

}
