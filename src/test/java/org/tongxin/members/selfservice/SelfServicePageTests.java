package org.tongxin.members.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongxin.DemoLogins;
import org.tongxin.StatementCounter;
import org.tongxin.members.selfservice.SelfServiceClient.Member;
import org.tongxin.org.Units;

/**
 * The member's pages and the staff's: first login, landing on /me, no staff page for a member
 * (every office route walked), the correction flow through forms, the review within scope, the
 * login section on a person's page, the demo member, and the statement budget of the new pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SelfServicePageTests {

	private static final int BUDGET = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private SelfServiceClient client;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		client = new SelfServiceClient(mvc);
		staff = client.token("staff");
	}

	@Test
	void aNewMemberReplacesTheInitialPasswordThenLandsOnTheirProfile() throws Exception {
		long person = client.person(staff, "首登甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800020001");
		String[] opened = client.open(staff, person);
		Cookie first = client.login(opened[0], opened[1]);
		mvc.perform(get("/me").cookie(first)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").cookie(first).with(csrf()).param("currentPassword", opened[1])
			.param("newPassword", SelfServiceClient.NEW_PASSWORD).param("confirmPassword", SelfServiceClient.NEW_PASSWORD))
			.andExpect(status().is3xxRedirection());
		Cookie session = client.login(opened[0], SelfServiceClient.NEW_PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/me"));
		String page = mvc.perform(get("/me").cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String idNumber = jdbc.sql("select id_number_mask from members_person where id = :id").param("id", person)
			.query(String.class).single();
		assertThat(page).contains("首登甲", "13800020001", idNumber, "申请更正").doesNotContain("/members/" + person);
		assertThat(page).contains("href=\"/me\"").doesNotContain("href=\"/members\"");
	}

	@Test
	void aMemberReachesNoOfficePageNorAnyPersonByIdIncludingThemselves() throws Exception {
		Member member = client.member(staff, "越界甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800020002");
		List<String> leaks = new ArrayList<>();
		int walked = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			if (!info.getMethodsCondition().getMethods().isEmpty()
					&& !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!(pattern.startsWith("/members") || pattern.startsWith("/units") || pattern.startsWith("/admin")
						|| pattern.startsWith("/api/v1/members") || pattern.startsWith("/api/v1/units")
						|| pattern.startsWith("/api/v1/users") || pattern.startsWith("/api/v1/roles")
						|| pattern.startsWith("/api/v1/audit"))) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", String.valueOf(member.personId()));
				var request = get(path);
				if (path.startsWith("/api/")) {
					request.header("Authorization", SelfServiceClient.bearer(member.token()));
				}
				else {
					request.cookie(member.session());
				}
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				walked++;
				if (status != 403 && status != 404) {
					leaks.add(path + " -> " + status);
				}
			}
		}
		assertThat(leaks).as("office routes a member reached").isEmpty();
		assertThat(walked).isGreaterThan(30);
	}

	@Test
	void aCorrectionThroughTheFormsIsReviewedAndTheMemberSeesTheOutcome() throws Exception {
		Member member = client.member(staff, "表单甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800020003");
		String refused = mvc.perform(post("/me/corrections").cookie(member.session()).with(csrf())
				.param("phone", "12").param("education", "本科").param("workUnit", "原单位").param("reason", "换号"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("is-invalid", "请更正以下问题");
		mvc.perform(post("/me/corrections").cookie(member.session()).with(csrf()).param("phone", "13900020003")
				.param("education", "本科").param("workUnit", "新单位甲").param("post", "").param("expertise", "")
				.param("awards", "").param("reason", "换了单位"))
			.andExpect(redirectedUrl("/me"));
		assertThat(mvc.perform(get("/me").cookie(member.session())).andReturn().getResponse().getContentAsString())
			.contains("待审核", "新单位甲", "撤回申请");
		long correction = jdbc.sql("select id from members_correction where person_id = :id and status = 'PENDING'")
			.param("id", member.personId()).query(Long.class).single();
		Cookie staffSession = client.login("staff", DemoLogins.DEMO_PASSWORD);
		assertThat(mvc.perform(get("/members/corrections").cookie(staffSession)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("表单甲", "新单位甲", "13900020003")
			// the decision form carries its CSRF token (the tests' csrf() would hide a form without one)
			.containsPattern("action=\"/members/corrections/" + correction + "/approve\">\\s*<input type=\"hidden\" name=\"_csrf\"");
		mvc.perform(post("/members/corrections/" + correction + "/reject").cookie(staffSession).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/members/corrections/" + correction + "/approve").cookie(staffSession).with(csrf())
				.param("reason", "已核实"))
			.andExpect(redirectedUrl("/members/corrections"));
		assertThat(mvc.perform(get("/me").cookie(member.session())).andReturn().getResponse().getContentAsString())
			.contains("已采纳", "已核实", "13900020003");
	}

	@Test
	void aTownOfficerNeitherSeesNorDecidesAnotherTownsCorrectionOnThePages() throws Exception {
		Member member = client.member(staff, "牛华丙", SelfServiceClient.NIUHUA_VILLAGE, "13800020004");
		long correction = client.requested(member, "{\"education\":\"硕士\"}", "学历");
		Cookie zhugen = client.login("zhugen", DemoLogins.DEMO_PASSWORD);
		assertThat(mvc.perform(get("/members/corrections").cookie(zhugen)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).doesNotContain("牛华丙");
		mvc.perform(post("/members/corrections/" + correction + "/approve").cookie(zhugen).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/members/" + member.personId() + "/account").cookie(zhugen)).andExpect(status().isNotFound());
		Cookie village = client.login("huangjuejing", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/members/corrections").cookie(village)).andExpect(status().isForbidden());
	}

	@Test
	void staffOpenALoginFromThePersonsPageAndSeeThePasswordOnce() throws Exception {
		long person = client.person(staff, "页面开户", SelfServiceClient.ZHUGEN_VILLAGE, "13800020005");
		Cookie session = client.login("zhugen", DemoLogins.DEMO_PASSWORD);
		assertThat(mvc.perform(get("/members/" + person).cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("/members/" + person + "/account");
		assertThat(mvc.perform(get("/members/" + person + "/account").header("HX-Request", "true").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("yemiankaihu", "开通账号").doesNotContain("<html");
		String username = "ymkh" + System.nanoTime() % 1_000_000;
		String opened = mvc.perform(post("/members/" + person + "/account").cookie(session).with(csrf()).param("username", username))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(opened).contains("账号已开通", username, "初始密码");
		assertThat(mvc.perform(get("/members/" + person + "/account").cookie(session)).andReturn().getResponse()
			.getContentAsString()).contains(username, "已启用").doesNotContain("初始密码");
		mvc.perform(post("/members/" + person + "/account/disable").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/members/" + person));
		assertThat(mvc.perform(get("/members/" + person + "/account").cookie(session)).andReturn().getResponse()
			.getContentAsString()).contains("已停用");
	}

	@Test
	void theDemoMemberIsAPersonOfZhugenAndStartsOnTheirProfile() throws Exception {
		String zhugenPath = units.findByCode("511112100").orElseThrow().path();
		assertThat(jdbc.sql("select p.unit_path from members_person_account a join members_person p on p.id = a.person_id"
				+ " join identity_user u on u.id = a.user_id where u.username = 'member'").query(String.class).single())
			.startsWith(zhugenPath);
		Cookie session = client.login("member", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/me"));
		mvc.perform(get("/me").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/members").cookie(session)).andExpect(status().isForbidden());
		// the demo tells their own demand's story too: answered by the town, it waits for their rating
		String waiting = mvc.perform(get("/inbox/section").cookie(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(waiting).contains("待评价", "村道边沟堵塞", "href=\"/demands/");
	}

	@Test
	void theNewPagesStayWithinTheStatementBudget() throws Exception {
		Member member = client.member(staff, "预算甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800020006");
		client.requested(member, "{\"phone\":\"13900020006\"}", "换号");
		Cookie staffSession = client.login("staff", DemoLogins.DEMO_PASSWORD);
		Map<String, Cookie> pages = new LinkedHashMap<>();
		pages.put("/me", member.session());
		pages.put("/", member.session());
		pages.put("/members/corrections", staffSession);
		pages.put("/members/corrections/count", staffSession);
		pages.put("/members/" + member.personId() + "/account", staffSession);
		pages.put("/members/" + member.personId(), staffSession);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Map.Entry<String, Cookie> page : pages.entrySet()) {
			mvc.perform(get(page.getKey()).cookie(page.getValue()));
			StatementCounter.reset();
			int status = mvc.perform(get(page.getKey()).cookie(page.getValue())).andReturn().getResponse().getStatus();
			assertThat(status).as(page.getKey()).isIn(200, 302);
			counts.put(page.getKey(), StatementCounter.count());
			assertThat(StatementCounter.count()).as("%s ran %s", page.getKey(), StatementCounter.statements())
				.isLessThanOrEqualTo(BUDGET);
		}
		System.out.println("Statements per self-service page: " + counts);
	}

}
