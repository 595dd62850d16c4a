package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.identity.internal.UserAccountRepository;

/**
 * An API token is the account's key as it was when issued: an administrator's password reset,
 * disabling the account, or changing its roles or home unit revokes every token of the user (with
 * an audit record saying why), and a user who must change the password is refused with any token
 * until it is changed (before, a token kept reading records after a reset).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class TokenRevocationTests {

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

	@PersistenceContext
	EntityManager entityManager;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	IdentityTestClient client;

	String admin;

	@BeforeEach
	void setUp() throws Exception {
		client = new IdentityTestClient(mvc);
		admin = client.token("admin", adminPassword);
	}

	@Test
	void aPasswordResetRevokesTheTokens() throws Exception {
		Officer officer = officerWithToken("reset");
		mvc.perform(post("/api/v1/users/" + officer.id + "/reset-password").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Temp#Reset2026\"}")).andExpect(status().isOk());
		assertRefused(officer, "PASSWORD_RESET");
	}

	@Test
	void disablingTheAccountRevokesTheTokens() throws Exception {
		Officer officer = officerWithToken("disable");
		mvc.perform(post("/api/v1/users/" + officer.id + "/disable").header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk());
		assertRefused(officer, "DISABLED");
	}

	@Test
	void changingTheRolesOrTheHomeUnitRevokesTheTokens() throws Exception {
		Officer roles = officerWithToken("roles");
		edit(roles, "{\"roles\":[\"VILLAGE_LIAISON\"]");
		assertRefused(roles, "ROLES_CHANGED");

		Officer unit = officerWithToken("unit");
		edit(unit, "{\"homeUnitCode\":\"511112101\"");
		assertRefused(unit, "UNIT_CHANGED");
	}

	@Test
	void aChangeOfTheDisplayNameKeepsTheTokens() throws Exception {
		Officer officer = officerWithToken("name");
		edit(officer, "{\"displayName\":\"新名字\"");
		mvc.perform(bearer(get("/api/v1/tokens"), officer.token)).andExpect(status().isOk());
	}

	@Test
	void aUserWhoMustChangeThePasswordIsRefusedWithAnyToken() throws Exception {
		Officer officer = officerWithToken("must");
		jdbc.sql("update identity_user set must_change_password = true where id = :id").param("id", officer.id).update();
		entityManager.clear(); // the account as the database now holds it, not as this test's transaction loaded it
		mvc.perform(bearer(get("/api/v1/tokens"), officer.token)).andExpect(status().isUnauthorized());
	}

	private record Officer(long id, String token) {
	}

	private Officer officerWithToken(String prefix) throws Exception {
		String username = fixtures.create("tok-" + prefix, "TOWN_OFFICER", "511112100", clock.instant());
		String token = client.token(username, UserFixtures.PASSWORD);
		mvc.perform(bearer(get("/api/v1/tokens"), token)).andExpect(status().isOk());
		return new Officer(users.findByUsernameIgnoreCase(username).orElseThrow().getId(), token);
	}

	private void edit(Officer officer, String jsonWithoutVersion) throws Exception {
		mvc.perform(patch("/api/v1/users/" + officer.id).header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(jsonWithoutVersion + ",\"version\":" + client.version(admin, officer.id) + "}"))
			.andExpect(status().isOk());
	}

	private void assertRefused(Officer officer, String reason) throws Exception {
		mvc.perform(bearer(get("/api/v1/tokens"), officer.token)).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from identity_api_token where user_id = :id and revoked_at is null")
			.param("id", officer.id).query(Long.class).single()).as("live tokens left").isZero();
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'TOKENS_REVOKED' and target_id = :id
				and cast(detail as jsonb) ->> 'reason' = :reason""").param("id", String.valueOf(officer.id)).param("reason", reason)
			.query(Long.class).single()).as("audited with its reason").isEqualTo(1);
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

}
