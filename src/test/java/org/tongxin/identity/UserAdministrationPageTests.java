package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.identity.IdentityTestClient.bearer;
import static org.tongxin.identity.IdentityTestClient.unique;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.internal.UserAccountRepository;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserAdministrationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	IdentityTestClient client;

	Cookie admin;

	@BeforeEach
	void setUp() throws Exception {
		client = new IdentityTestClient(mvc);
		admin = client.login("admin", adminPassword);
	}

	@Test
	void theUserListIsAWholePageOrOnlyTheResultsForHtmx() throws Exception {
		// filtered: how many accounts come before zhugen on the first page depends on what else exists
		mvc.perform(get("/admin/users").param("q", "zhugen").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("zhugen")));
		mvc.perform(get("/admin/users").param("q", "zhu").header("HX-Request", "true").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"user-results\"")))
			.andExpect(content().string(containsString("zhugen")))
			.andExpect(content().string(not(containsString("niuhua"))));
	}

	@Test
	void aTownOfficerWithoutUserViewIsRefusedTheUserPages() throws Exception {
		Cookie zhugen = client.login("zhugen", IdentityTestClient.DEMO_PASSWORD);

		mvc.perform(get("/admin/users").cookie(zhugen)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/roles").cookie(zhugen)).andExpect(status().isForbidden());
	}

	@Test
	void theNewUserFormCreatesAUserAndRedirectsWithAMessage() throws Exception {
		String username = unique("page");

		mvc.perform(get("/admin/users/new").cookie(admin)).andExpect(status().isOk());
		mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", username)
				.param("displayName", "页面新建").param("homeUnitCode", "511112100003").param("roles", "VILLAGE_LIAISON")
				.param("password", IdentityTestClient.NEW_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attribute("flash", "user.flash.created"));

		UserAccount created = users.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(created.isMustChangePassword()).isTrue();
		mvc.perform(get("/admin/users/" + created.getId()).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面新建")));
	}

	@Test
	void aRejectedFormShowsTheErrorsNextToTheFieldsAndCreatesNothing() throws Exception {
		long before = users.count();

		mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", "zhugen")
				.param("displayName", "").param("homeUnitCode", "999999").param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名“zhugen”已被使用")))
			.andExpect(content().string(containsString("没有找到“999999”")))
			.andExpect(content().string(containsString("请至少选择一个角色")))
			.andExpect(content().string(containsString("is-invalid")));

		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void savingAStaleEditFormSaysSoClearly() throws Exception {
		String token = client.token("admin", adminPassword);
		long id = client.createUser(token, unique("pstale"), "511112100", Set.of("VILLAGE_LIAISON"));
		long version = client.version(token, id);
		mvc.perform(post("/api/v1/users/" + id + "/disable").header("Authorization", bearer(token)))
			.andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + id).cookie(admin).with(csrf()).param("displayName", "旧页面")
				.param("homeUnitCode", "511112100").param("roles", "VILLAGE_LIAISON").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此用户已被他人修改")));

		assertThat(users.findById(id).orElseThrow().getDisplayName()).isNotEqualTo("旧页面");
	}

	@Test
	void disablingAUserEndsTheirSessionAndTheirTokensStopWorking() throws Exception {
		String token = client.token("admin", adminPassword);
		String username = unique("gone");
		long id = client.createUser(token, username, "511112100003", Set.of("VILLAGE_LIAISON"));
		Cookie session = loggedInWithOwnPassword(username);
		String theirToken = client.token(username, "Second#Step2026");
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(theirToken))).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + id + "/disable").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("flash", "user.flash.disabled"));

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(theirToken))).andExpect(status().isUnauthorized());
	}

	@Test
	void changingAUsersRolesEndsTheirSession() throws Exception {
		String token = client.token("admin", adminPassword);
		String username = unique("moved");
		long id = client.createUser(token, username, "511112100003", Set.of("VILLAGE_LIAISON"));
		Cookie session = loggedInWithOwnPassword(username);

		mvc.perform(post("/admin/users/" + id).cookie(admin).with(csrf()).param("displayName", "换角色")
				.param("homeUnitCode", "511112100").param("roles", "TOWN_OFFICER")
				.param("version", String.valueOf(client.version(token, id))))
			.andExpect(flash().attribute("flash", "user.flash.saved"));

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(users.findById(id).orElseThrow().getRoles()).extracting("code").containsExactly("TOWN_OFFICER");
	}

	@Test
	void unlockingALockedAccountLetsTheUserLogInAgain() throws Exception {
		String token = client.token("admin", adminPassword);
		String username = unique("locked");
		long id = client.createUser(token, username, "511112100003", Set.of("VILLAGE_LIAISON"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
				.user(username).password("Wrong#Password1"));
		}
		mvc.perform(get("/api/v1/users/" + id).header("Authorization", bearer(token)))
			.andExpect(jsonPath("$.locked").value(true));
		mvc.perform(get("/admin/users").param("status", "locked").cookie(admin))
			.andExpect(content().string(containsString(username)));

		mvc.perform(post("/admin/users/" + id + "/unlock").cookie(admin).with(csrf()))
			.andExpect(flash().attribute("flash", "user.flash.unlocked"));

		assertThat(users.findById(id).orElseThrow().getLockedUntil()).isNull();
		assertThat(client.token(username, IdentityTestClient.NEW_PASSWORD)).startsWith("txn_");
	}

	@Test
	void resettingAPasswordSetsATemporaryOneUnderThePasswordRules() throws Exception {
		String token = client.token("admin", adminPassword);
		String username = unique("reset");
		long id = client.createUser(token, username, "511112100003", Set.of("VILLAGE_LIAISON"));

		mvc.perform(post("/admin/users/" + id + "/reset-password").cookie(admin).with(csrf()).param("password", "weak"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/admin/users/" + id + "/reset-password").cookie(admin).with(csrf())
				.param("password", "Temporary#2026"))
			.andExpect(flash().attribute("flash", "user.flash.passwordReset"));

		assertThat(users.findById(id).orElseThrow().isMustChangePassword()).isTrue();
		// a temporary password opens the browser's change form, and nothing else: no API token
		mvc.perform(post("/api/v1/tokens").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"Temporary#2026\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void theUnitFieldSuggestsUnitsByNameAndTheFormAcceptsTheName() throws Exception {
		mvc.perform(get("/units/suggest").param("field", "homeUnitCode").param("homeUnitCode", "竹根").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"竹根镇 (511112100)\"")));
	}

	/** Logs in and replaces the temporary password, as a new user must before reaching any page. */
	private Cookie loggedInWithOwnPassword(String username) throws Exception {
		Cookie session = client.login(username, IdentityTestClient.NEW_PASSWORD);
		mvc.perform(post("/account/password").cookie(session).with(csrf())
				.param("currentPassword", IdentityTestClient.NEW_PASSWORD).param("newPassword", "Second#Step2026")
				.param("confirmPassword", "Second#Step2026"))
			.andExpect(redirectedUrl("/account"));
		return session;
	}

}
