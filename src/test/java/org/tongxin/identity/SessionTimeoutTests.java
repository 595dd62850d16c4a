package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.MutableClock;

/**
 * Session lifetime on the platform's clock: 30 minutes idle, 12 hours in all, and the last access
 * written at most once a minute (a page within the minute writes nothing to the session table).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
// the same context as StrictSecurityTests (same properties, same imports)
@TestPropertySource(properties = { "tongxin.security.admin-totp-required=true",
		"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false" })
@Import(TestClockConfiguration.class)
class SessionTimeoutTests {

	/**
	 * The town the officers of this test are homed in (牛华镇, which has its officer anyway). Homed at the
	 * district, a town officer would take up the demands of every town; on CI's shared database that
	 * is every other context's too (InboxDemandTests counts on 石麟镇 having nobody).
	 */
	private static final String TOWN = "511112101";


	@Autowired
	MockMvc mvc;

	@Autowired
	UserFixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private Duration moved;

	private Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		moved = Duration.ZERO;
		String officer = fixtures.create("timeout", "TOWN_OFFICER", TOWN, clock.instant());
		session = BrowserSession.login(mvc, officer, UserFixtures.PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	/** The other tests of this context expect the clock where they found it. */
	@AfterEach
	void putTheClockBack() {
		clock.advance(moved.negated());
	}

	@Test
	void twoPagesWithinAMinuteWriteTheLastAccessOnce() throws Exception {
		advance(Duration.ofMinutes(2));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		long written = lastAccess().orElseThrow();
		assertThat(written).as("a page two minutes on writes the access").isEqualTo(clock.millis());

		advance(Duration.ofSeconds(40));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess()).as("a page within the minute writes nothing").contains(written);

		advance(Duration.ofSeconds(20));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess()).as("a minute after the written access it moves again").contains(clock.millis());
	}

	@Test
	void aSessionIdleForThirtyMinutesEnds() throws Exception {
		advance(Duration.ofMinutes(29));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		advance(Duration.ofMinutes(30));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(lastAccess()).as("the session's row is gone").isEmpty();
	}

	@Test
	void pagesWithinTheIdleTimeoutKeepTheSessionOpen() throws Exception {
		for (int i = 0; i < 4; i++) {
			advance(Duration.ofMinutes(25));
			mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		}
	}

	@Test
	void aSessionEndsTwelveHoursAfterLoginWhateverTheActivity() throws Exception {
		// a page every 25 minutes: never idle, yet over after 12 hours
		for (int i = 0; i < 28; i++) {
			advance(Duration.ofMinutes(25));
			mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		}
		advance(Duration.ofMinutes(25));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	private void advance(Duration duration) {
		clock.advance(duration);
		moved = moved.plus(duration);
	}

	private Optional<Long> lastAccess() {
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		return jdbc.sql("select last_access_time from spring_session where session_id = :id").param("id", id)
			.query(Long.class).optional();
	}

}
