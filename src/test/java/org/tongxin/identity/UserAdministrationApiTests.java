package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.identity.IdentityTestClient.bearer;
import static org.tongxin.identity.IdentityTestClient.unique;
import static org.tongxin.identity.IdentityTestClient.userJson;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.identity.internal.UserAccountRepository;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserAdministrationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

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
	void anAdministratorCreatesAUserWhoMustChangeThePasswordAtFirstLogin() throws Exception {
		String username = unique("new");
		long before = users.count();

		mvc.perform(post("/api/v1/users").header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(userJson(username, "王五", "511112100", Set.of("TOWN_OFFICER"), IdentityTestClient.NEW_PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.homeUnit.code").value("511112100"))
			.andExpect(jsonPath("$.roles[0].code").value("TOWN_OFFICER"))
			.andExpect(jsonPath("$.mustChangePassword").value(true))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(jsonPath("$.totpSecret").doesNotExist());

		assertThat(users.count()).isEqualTo(before + 1);
		assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getHomeUnitPath()).isNotBlank();
		mvc.perform(get("/api/v1/audit").param("action", "USER_CREATED").param("targetType", "user")
				.param("targetId", users.findByUsernameIgnoreCase(username).orElseThrow().getId().toString())
				.header("Authorization", bearer(admin)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString(IdentityTestClient.NEW_PASSWORD))));
	}

	@Test
	void aDuplicateUsernameIsRefusedAndChangesNothing() throws Exception {
		long before = users.count();

		mvc.perform(post("/api/v1/users").header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(userJson("ZhuGen", "重名", "511112100", Set.of("TOWN_OFFICER"), IdentityTestClient.NEW_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));

		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void aWeakInitialPasswordIsRefusedAndChangesNothing() throws Exception {
		long before = users.count();

		mvc.perform(post("/api/v1/users").header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(userJson(unique("weak"), "弱密码", "511112100", Set.of("TOWN_OFFICER"), "abc12345")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")));

		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void aManagerCannotPlaceAUserInAUnitOutsideTheirScope() throws Exception {
		String manager = townUserManager("511112100");
		long before = users.count();

		mvc.perform(post("/api/v1/users").header("Authorization", bearer(manager)).contentType(MediaType.APPLICATION_JSON)
				.content(userJson(unique("out"), "牛华人", "511112101", Set.of("VILLAGE_LIAISON"), IdentityTestClient.NEW_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("homeUnitCode"));

		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void aManagerCannotGrantARoleWithPrivilegesOrScopeTheyLack() throws Exception {
		String manager = townUserManager("511112100");
		long before = users.count();

		for (String role : new String[] { "ADMIN", "STAFF" }) {
			mvc.perform(post("/api/v1/users").header("Authorization", bearer(manager)).contentType(MediaType.APPLICATION_JSON)
					.content(userJson(unique("esc"), "越权", "511112100", Set.of(role), IdentityTestClient.NEW_PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("roles"));
		}

		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void aManagerSeesOnlyUsersOfTheirOwnSubtree() throws Exception {
		String manager = townUserManager("511112100");

		mvc.perform(get("/api/v1/users").param("size", "100").header("Authorization", bearer(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].username", hasItem("zhugen")))
			.andExpect(jsonPath("$.content[*].username", not(hasItem("niuhua"))))
			.andExpect(jsonPath("$.content[*].homeUnit.code", everyItem(startsWith("511112100"))));
		long niuhua = users.findByUsernameIgnoreCase("niuhua").orElseThrow().getId();
		mvc.perform(get("/api/v1/users/" + niuhua).header("Authorization", bearer(manager))).andExpect(status().isNotFound());
	}

	@Test
	void theListFiltersByUnitSubtreeRoleAndStatusAndRefusesUnknownSortKeys() throws Exception {
		mvc.perform(get("/api/v1/users").param("unit", "511112100").param("role", "VILLAGE_LIAISON")
				.param("status", "enabled").header("Authorization", bearer(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].username", hasItem("huangjuejing")))
			.andExpect(jsonPath("$.content[*].username", not(hasItem("zhugen"))));
		mvc.perform(get("/api/v1/users").param("sort", "password_hash; drop table identity_user").header("Authorization", bearer(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/users").param("size", "101").header("Authorization", bearer(admin)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEditWithAStaleVersionIsAConflict() throws Exception {
		long id = client.createUser(admin, unique("stale"), "511112100", Set.of("VILLAGE_LIAISON"));
		long version = client.version(admin, id);

		mvc.perform(patch("/api/v1/users/" + id).header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\":\"第一次\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("第一次"));
		mvc.perform(patch("/api/v1/users/" + id).header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\":\"第二次\",\"version\":" + version + "}"))
			.andExpect(status().isConflict());

		assertThat(users.findById(id).orElseThrow().getDisplayName()).isEqualTo("第一次");
	}

	@Test
	void staffWhoMayOnlyViewUsersCannotCreateOne() throws Exception {
		String staff = client.token("staff", IdentityTestClient.DEMO_PASSWORD);
		long before = users.count();

		mvc.perform(get("/api/v1/users").header("Authorization", bearer(staff))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/users").header("Authorization", bearer(staff)).contentType(MediaType.APPLICATION_JSON)
				.content(userJson(unique("staff"), "员工", "511112100", Set.of("VILLAGE_LIAISON"), IdentityTestClient.NEW_PASSWORD)))
			.andExpect(status().isForbidden());

		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void nobodyCanDisableThemselvesOrGiveUpTheirOwnUserManagement() throws Exception {
		long adminId = users.findByUsernameIgnoreCase("admin").orElseThrow().getId();

		mvc.perform(post("/api/v1/users/" + adminId + "/disable").header("Authorization", bearer(admin)))
			.andExpect(status().isBadRequest());
		mvc.perform(patch("/api/v1/users/" + adminId).header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"roles\":[\"STAFF\"],\"version\":" + client.version(admin, adminId) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));

		assertThat(users.findById(adminId).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void meDescribesTheCallerWithoutSecrets() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(client.token("zhugen", IdentityTestClient.DEMO_PASSWORD))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("zhugen"))
			.andExpect(jsonPath("$.homeUnit.code").value("511112100"))
			.andExpect(jsonPath("$.homeUnit.name").isNotEmpty())
			.andExpect(jsonPath("$.scope").value("UNIT_AND_BELOW"))
			.andExpect(jsonPath("$.privileges", hasItem("UNIT_MANAGE")))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
	}

	/** A user manager of one town: a role with USER_VIEW and USER_MANAGE for the unit and below. */
	private String townUserManager(String unitCode) throws Exception {
		String role = "TOWN_USERS_" + System.nanoTime();
		mvc.perform(post("/api/v1/roles").header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + role + "\",\"nameZh\":\"乡镇用户管理员\",\"nameEn\":\"Town user admin\","
						+ "\"scope\":\"UNIT_AND_BELOW\",\"privileges\":[\"USER_VIEW\",\"USER_MANAGE\",\"UNIT_VIEW\"]}"))
			.andExpect(status().isCreated());
		String username = unique("mgr");
		client.createUser(admin, username, unitCode, Set.of(role));
		return client.token(username, IdentityTestClient.NEW_PASSWORD);
	}

}
