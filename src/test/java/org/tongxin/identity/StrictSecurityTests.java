package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.MutableClock;
import org.tongxin.identity.internal.RoleRepository;
import org.tongxin.identity.internal.Totp;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.internal.UserAccountRepository;
import org.tongxin.org.Units;

/** The production settings: administrators need TOTP; time moves by the test's clock. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "tongxin.security.admin-totp-required=true")
class StrictSecurityTests {

	private static final String PASSWORD = "Wutong#2026x";

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now());
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAccountRepository users;

	@Autowired
	RoleRepository roles;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Units units;

	@Test
	void anAdministratorEnrolsAndPassesTotpBeforeReachingAnyPage() throws Exception {
		String admin = newUser("admin2", "ADMIN", clock.instant());
		Cookie session = BrowserSession.login(mvc, admin, PASSWORD);
		mvc.perform(get("/admin/audit").cookie(session)).andExpect(redirectedUrl("/login/totp"));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login/totp"));
		String page = mvc.perform(get("/login/totp").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher secret = Pattern.compile("otpauth://totp/[^?]+\\?secret=([A-Z2-7]+)").matcher(page);
		assertThat(secret.find()).isTrue();
		mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk());
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login/totp"));
		Cookie renewed = mvc.perform(post("/login/totp").cookie(session).with(csrf())
			.param("code", Totp.currentCode(secret.group(1), clock.instant())))
			.andExpect(redirectedUrl("/"))
			.andReturn().getResponse().getCookie("TONGXIN_SESSION");
		assertThat(renewed.getValue()).as("a new session id after the second factor").isNotEqualTo(session.getValue());
		mvc.perform(get("/").cookie(renewed)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorTokenNeedsATotpCode() throws Exception {
		String admin = newUser("admin3", "ADMIN", clock.instant());
		mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + admin + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("totpCode"));
	}

	@Test
	void aSessionEndsTwelveHoursAfterLoginWhateverTheActivity() throws Exception {
		String officer = newUser("officer", "TOWN_OFFICER", clock.instant());
		Cookie session = BrowserSession.login(mvc, officer, PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		clock.advance(Duration.ofHours(12).plusMinutes(1));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		clock.advance(Duration.ofHours(-12).minusMinutes(1));
	}

	@Test
	void anExpiredPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String officer = newUser("expired", "TOWN_OFFICER", clock.instant().minus(Duration.ofDays(91)));
		Cookie session = BrowserSession.login(mvc, officer, PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", PASSWORD)
			.param("newPassword", "short").param("confirmPassword", "short"))
			.andExpect(status().isOk());
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", PASSWORD)
			.param("newPassword", "Qiao#Bridge88").param("confirmPassword", "Qiao#Bridge88"))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aLockedAccountOpensAgainAfterFifteenMinutes() throws Exception {
		String officer = newUser("relock", "TOWN_OFFICER", clock.instant());
		for (int i = 0; i < 5; i++) {
			BrowserSession.submitLogin(mvc, officer, "Wrong#Pass1");
		}
		assertThat(BrowserSession.submitLogin(mvc, officer, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		clock.advance(Duration.ofMinutes(16));
		assertThat(BrowserSession.submitLogin(mvc, officer, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	private String newUser(String prefix, String role, Instant passwordChangedAt) {
		String username = prefix + "-" + System.nanoTime() % 1_000_000;
		UserAccount user = new UserAccount(username, "测试", passwordEncoder.encode(PASSWORD),
				units.findByCode("511112").orElseThrow().id(), passwordChangedAt);
		user.change("测试", user.getHomeUnitId(), Set.of(roles.findByCode(role).orElseThrow()), passwordChangedAt);
		users.save(user);
		return username;
	}

}
