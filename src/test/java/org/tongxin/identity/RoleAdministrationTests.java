package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.identity.IdentityTestClient.bearer;
import static org.tongxin.identity.IdentityTestClient.unique;

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
import org.tongxin.identity.internal.Role;
import org.tongxin.identity.internal.RoleRepository;
import org.tongxin.shared.security.Privilege;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RoleAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoleRepository roles;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
	void theRoleListCountsPrivilegesAndHolders() throws Exception {
		// other tests may have added administrators to the same database: count the real holders
		int holders = jdbc.sql("select count(*) from identity_user_role ur join identity_role r on r.id = ur.role_id "
				+ "where r.code = 'ADMIN'").query(Integer.class).single();
		mvc.perform(get("/api/v1/roles").header("Authorization", bearer(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'ADMIN')].userCount", hasItem(holders)))
			.andExpect(jsonPath("$[?(@.code == 'TOWN_OFFICER')].privileges[*]", hasItem("UNIT_MANAGE")));
		mvc.perform(get("/admin/roles").cookie(client.login("admin", adminPassword)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TOWN_OFFICER")));
	}

	@Test
	void aRoleIsCreatedAndEditedWithThePrivilegeChangeAudited() throws Exception {
		String code = "AUDITOR_" + System.nanoTime();
		String body = mvc.perform(post("/api/v1/roles").header("Authorization", bearer(admin))
				.contentType(MediaType.APPLICATION_JSON).content(roleJson(code, "ALL", "AUDIT_VIEW")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();

		mvc.perform(put("/api/v1/roles/" + id).header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(roleJson(code, "ALL", "AUDIT_VIEW\",\"USER_VIEW").replace("}", ",\"version\":0}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.privileges", hasItem("USER_VIEW")));
		mvc.perform(get("/api/v1/audit").param("action", "ROLE_UPDATED").param("targetType", "role")
				.param("targetId", String.valueOf(id)).header("Authorization", bearer(admin)))
			.andExpect(jsonPath("$.content[0].detail.privilegesAdded").value("USER_VIEW"));
		mvc.perform(put("/api/v1/roles/" + id).header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(roleJson(code, "ALL", "AUDIT_VIEW").replace("}", ",\"version\":0}")))
			.andExpect(status().isConflict());
	}

	@Test
	void aDuplicateRoleCodeIsRefused() throws Exception {
		long before = roles.count();

		mvc.perform(post("/api/v1/roles").header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(roleJson("STAFF", "ALL", "USER_VIEW")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));

		assertThat(roles.count()).isEqualTo(before);
	}

	@Test
	void aRoleManagerLackingAPrivilegeCannotPutItIntoARole() throws Exception {
		String managerRole = "ROLE_KEEPER_" + System.nanoTime();
		mvc.perform(post("/api/v1/roles").header("Authorization", bearer(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(roleJson(managerRole, "ALL", "ROLE_MANAGE\",\"USER_VIEW")))
			.andExpect(status().isCreated());
		String username = unique("keeper");
		client.createUser(admin, username, "511112", Set.of(managerRole));
		String keeper = client.token(username, IdentityTestClient.NEW_PASSWORD);
		long before = roles.count();

		mvc.perform(post("/api/v1/roles").header("Authorization", bearer(keeper)).contentType(MediaType.APPLICATION_JSON)
				.content(roleJson("SNEAKY_" + System.nanoTime(), "ALL", "AUDIT_VIEW")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("privileges"));
		Role staff = roles.findByCode("STAFF").orElseThrow();
		mvc.perform(put("/api/v1/roles/" + staff.getId()).header("Authorization", bearer(keeper))
				.contentType(MediaType.APPLICATION_JSON)
				.content(roleJson("STAFF", "ALL", "UNIT_VIEW\",\"USER_VIEW\",\"USER_MANAGE")
					.replace("}", ",\"version\":" + staff.getVersion() + "}")))
			.andExpect(status().isBadRequest());

		assertThat(roles.count()).isEqualTo(before);
		assertThat(roles.findByCode("STAFF").orElseThrow().getPrivileges()).doesNotContain(Privilege.USER_MANAGE);
	}

	@Test
	void theBuiltInAdministratorRoleKeepsUserAndRoleManagement() throws Exception {
		Role adminRole = roles.findByCode("ADMIN").orElseThrow();

		mvc.perform(post("/admin/roles/" + adminRole.getId()).cookie(client.login("admin", adminPassword)).with(csrf())
				.param("nameZh", "部门管理员").param("nameEn", "Department administrator").param("scope", "ALL")
				.param("privileges", "UNIT_VIEW", "USER_VIEW").param("version", String.valueOf(adminRole.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内置的管理员角色必须保留")));

		assertThat(roles.findByCode("ADMIN").orElseThrow().getPrivileges())
			.contains(Privilege.USER_MANAGE, Privilege.ROLE_MANAGE);
	}

	@Test
	void theNewRoleFormCreatesARoleAndRedirectsWithAMessage() throws Exception {
		String code = "FORM_ROLE_" + System.nanoTime();
		var login = client.login("admin", adminPassword);

		mvc.perform(get("/admin/roles/new").cookie(login)).andExpect(status().isOk());
		mvc.perform(post("/admin/roles").cookie(login).with(csrf()).param("code", code).param("nameZh", "表单角色")
				.param("nameEn", "Form role").param("scope", "UNIT").param("privileges", "UNIT_VIEW"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "role.flash.created"));

		assertThat(roles.findByCode(code)).isPresent();
	}

	private static String roleJson(String code, String scope, String privileges) {
		return "{\"code\":\"" + code + "\",\"nameZh\":\"测试角色\",\"nameEn\":\"Test role\",\"scope\":\"" + scope
				+ "\",\"privileges\":[\"" + privileges + "\"]}";
	}

}
