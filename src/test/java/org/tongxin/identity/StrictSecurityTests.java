package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.MutableClock;
import org.tongxin.identity.internal.Totp;

/** The production settings: administrators need TOTP; time moves by the test's clock. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
// a second context: on a shared external database only the main test context applies search index work
@TestPropertySource(properties = { "tongxin.security.admin-totp-required=true",
		"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false" })
@Import(TestClockConfiguration.class)
class StrictSecurityTests {

	/**
	 * The town the officers of this test are homed in (牛华镇, which has its officer anyway). Homed at the
	 * district, a town officer would take up the demands of every town; on CI's shared database that
	 * is every other context's too (InboxDemandTests counts on 石麟镇 having nobody).
	 */
	private static final String TOWN = "511112101";


	private static final String PASSWORD = UserFixtures.PASSWORD;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserFixtures fixtures;

	@Autowired
	MutableClock clock;

	@Test
	void anAdministratorEnrolsAndPassesTotpBeforeReachingAnyPage() throws Exception {
		String admin = fixtures.create("admin2", "ADMIN", "511112", clock.instant());
		Cookie session = BrowserSession.login(mvc, admin, PASSWORD);
		mvc.perform(get("/admin/audit").cookie(session)).andExpect(redirectedUrl("/login/totp"));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login/totp"));
		String page = mvc.perform(get("/login/totp").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).as("a QR code to scan").contains("src=\"data:image/svg+xml;base64,");
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
		String admin = fixtures.create("admin3", "ADMIN", "511112", clock.instant());
		mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + admin + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("totpCode"));
	}

	@Test
	void anExpiredPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String officer = fixtures.create("expired", "TOWN_OFFICER", TOWN, clock.instant().minus(Duration.ofDays(91)));
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
		String officer = fixtures.create("relock", "TOWN_OFFICER", TOWN, clock.instant());
		for (int i = 0; i < 5; i++) {
			BrowserSession.submitLogin(mvc, officer, "Wrong#Pass1");
		}
		assertThat(BrowserSession.submitLogin(mvc, officer, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		clock.advance(Duration.ofMinutes(16));
		assertThat(BrowserSession.submitLogin(mvc, officer, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

}
