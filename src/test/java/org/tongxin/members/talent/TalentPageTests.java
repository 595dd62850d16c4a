package org.tongxin.members.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxin.members.internal.SearchIndexCheck;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.FollowRedirect;
import org.tongxin.StatementCounter;

/**
 * The talent pool's pages: the section the person detail page loads, its forms (bad input shown
 * next to the field), a plan's page, the overview of active plans (scope, overdue highlighted),
 * the tag and project pages, and the statement budget of all of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TalentPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	private SearchIndexCheck searchIndex;

	@Autowired
	JdbcClient jdbc;

	private TalentClient client;

	private String staffToken;

	private Cookie zhugen;

	@BeforeEach
	void signIn() throws Exception {
		client = new TalentClient(mvc, jdbc);
		staffToken = client.token("staff");
		zhugen = client.login("zhugen");
	}

	private MockHttpServletRequestBuilder form(String url, Cookie session, String... pairs) {
		MockHttpServletRequestBuilder request = post(url).cookie(session).with(csrf());
		for (int i = 0; i < pairs.length; i += 2) {
			request.param(pairs[i], pairs[i + 1]);
		}
		return request;
	}

	@Test
	void theDetailPageLoadsTheSectionWithTagsPlansAndProjects() throws Exception {
		long person = client.person(staffToken, "页面人才", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/EXPERT"), staffToken)
				.content("{\"note\":\"高校教授\"}"));
		long plan = client.plan(staffToken, person, "2026-01-01", "2026-12-31");
		client.step(staffToken, plan, "参加培训", "2026-01-02");
		mvc.perform(get("/members/" + person).cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/members/" + person + "/talent\"")));
		mvc.perform(get("/members/" + person + "/talent").header("HX-Request", "true").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("专家学者"), containsString("高校教授"),
					containsString("测试培养计划"), containsString("逾期 1 步"), containsString("添加人才标签"),
					not(containsString("<html")))));
		mvc.perform(get("/members/" + person + "/talent").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
		Cookie liaison = client.login("huangjuejing");
		mvc.perform(get("/members/" + person + "/talent").header("HX-Request", "true").cookie(liaison))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("专家学者"), not(containsString("<form")))));
		mvc.perform(form("/members/" + person + "/tags", liaison, "code", "YOUNG_CADRE")).andExpect(status().isForbidden());
		// English
		mvc.perform(get("/members/" + person + "/talent?lang=en").header("HX-Request", "true")
				.cookie(zhugen))
			.andExpect(content().string(allOf(containsString("Expert or scholar"), containsString("Cultivation plans"))));
	}

	@Test
	void tagsAreGivenAndRemovedByFormsWithBadInputShownNextToTheField() throws Exception {
		long person = client.person(staffToken, "表单人才", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(form("/members/" + person + "/tags", zhugen, "code", "YOUNG_CADRE", "note", "长".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能超过 500 个字符")));
		mvc.perform(form("/members/" + person + "/tags", zhugen, "code", "YOUNG_CADRE", "note", "换届推荐"))
			.andExpect(redirectedUrl("/members/" + person))
			.andExpect(flash().attribute("flash", "talent.flash.tagged"));
		mvc.perform(form("/members/" + person + "/tags/YOUNG_CADRE/remove", zhugen))
			.andExpect(redirectedUrl("/members/" + person));
		assertThat(client.audits("MEMBER_TAGGED", person)).isEqualTo(1);
		assertThat(client.audits("MEMBER_UNTAGGED", person)).isEqualTo(1);
	}

	@Test
	void refusedStepFormsGoBackToThePlanWithTheirErrorsAndWhatWasTyped() throws Exception {
		long person = client.person(staffToken, "步骤退回", TalentClient.ZHUGEN_VILLAGE);
		long plan = client.plan(staffToken, person, "2026-01-01", "2026-12-31");
		String page = "/members/talent/plans/" + plan;
		// a refused new step: a redirect to the plan's page (never a page at the POST address)
		var added = mvc.perform(form(page + "/steps", zhugen, "title", "赴外地调研学习", "dueOn", "2027-05-01"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page + "#add-step"))
			.andReturn();
		String shown = FollowRedirect.page(mvc, zhugen, added, page);
		assertThat(shown).contains("完成期限须在计划起止日期", "value=\"赴外地调研学习\"", "value=\"2027-05-01\"",
				"open=\"open\"");
		// reloading the page is a GET that shows the plan without the refused form's errors
		assertThat(mvc.perform(get(page).cookie(zhugen)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).doesNotContain("完成期限须在计划起止日期").doesNotContain("赴外地调研学习");
		client.step(staffToken, plan, "参加培训", "2026-01-02");
		long step = jdbc.sql("select id from members_cultivation_step where plan_id = :p").param("p", plan)
			.query(Long.class).single();
		// a refused "done": back to the plan, the error and the date typed under that step
		var done = mvc.perform(form("/members/talent/steps/" + step + "/done", zhugen, "doneOn", "2099-01-01"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page + "#step-" + step))
			.andReturn();
		assertThat(FollowRedirect.page(mvc, zhugen, done, page)).contains("日期不能晚于今天", "value=\"2099-01-01\"",
				"step-done-error-" + step);
		// another town's officer gets 404 for the step, refused or not
		Cookie niuhua = client.login("niuhua");
		mvc.perform(form("/members/talent/steps/" + step + "/done", niuhua, "doneOn", "2099-01-01"))
			.andExpect(status().isNotFound());
		mvc.perform(form(page + "/steps", niuhua, "title", "", "dueOn", "")).andExpect(status().isNotFound());
	}

	@Test
	void aPlanIsCreatedChangedAndItsStepsAddedAndDoneByForms() throws Exception {
		long person = client.person(staffToken, "培养页面", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(form("/members/" + person + "/plans", zhugen, "title", "挂职", "startsOn", "2026-03-01", "endsOn",
				"2026-02-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		String location = mvc.perform(form("/members/" + person + "/plans", zhugen, "title", "挂职锻炼", "goal", "熟悉经济工作",
				"startsOn", "2026-01-01", "endsOn", "2026-12-31"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/members/talent/plans/");
		long plan = Long.parseLong(location.substring("/members/talent/plans/".length()));
		String refusedStep = FollowRedirect.page(mvc, zhugen,
				mvc.perform(form(location + "/steps", zhugen, "title", "培训", "dueOn", "2027-02-01")).andReturn(), location);
		assertThat(refusedStep).contains("完成期限须在计划起止日期（2026-01-01 至 2026-12-31）之内");
		mvc.perform(form(location + "/steps", zhugen, "title", "参加培训班", "dueOn", "2026-02-01"))
			.andExpect(redirectedUrl(location));
		long step = jdbc.sql("select id from members_cultivation_step where plan_id = :p").param("p", plan).query(Long.class)
			.single();
		mvc.perform(get(location).cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("参加培训班"), containsString("已逾期"), containsString("熟悉经济工作"))));
		String refusedDone = FollowRedirect.page(mvc, zhugen,
				mvc.perform(form("/members/talent/steps/" + step + "/done", zhugen, "doneOn", "2099-01-01")).andReturn(),
				location);
		assertThat(refusedDone).contains("日期不能晚于今天");
		mvc.perform(form("/members/talent/steps/" + step + "/done", zhugen, "doneOn", "2026-01-20"))
			.andExpect(redirectedUrl(location));
		long version = jdbc.sql("select version from members_cultivation_plan where id = :p").param("p", plan)
			.query(Long.class).single();
		mvc.perform(form(location, zhugen, "title", "挂职锻炼", "startsOn", "2026-01-01", "endsOn", "2026-12-31", "status",
				"COMPLETED", "version", String.valueOf(version - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")));
		mvc.perform(form(location, zhugen, "title", "挂职锻炼", "startsOn", "2026-03-01", "endsOn", "2026-12-31", "status",
				"ACTIVE", "version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不在新的起止日期内")));
		mvc.perform(form(location, zhugen, "title", "挂职锻炼", "startsOn", "2026-01-01", "endsOn", "2026-12-31", "status",
				"COMPLETED", "version", String.valueOf(version)))
			.andExpect(redirectedUrl(location));
		assertThat(jdbc.sql("select status from members_cultivation_plan where id = :p").param("p", plan)
			.query(String.class).single()).isEqualTo("COMPLETED");
	}

	@Test
	void theOverviewShowsOnlyTheOfficersTownAndHighlightsOverdueSteps() throws Exception {
		String token = TalentClient.token();
		long mine = client.person(staffToken, "概览甲" + token, TalentClient.ZHUGEN_VILLAGE);
		long theirs = client.person(staffToken, "概览乙" + token, TalentClient.NIUHUA_VILLAGE);
		for (long person : List.of(mine, theirs)) {
			client.step(staffToken, client.plan(staffToken, person, "2000-01-01", "2099-12-31"), "早已到期", "2000-01-01");
		}
		mvc.perform(get("/members/talent/plans?overdue=true").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("概览甲" + token), not(containsString("概览乙" + token)),
					containsString("text-danger"), containsString("已逾期"))));
		mvc.perform(get("/members/talent/plans?overdue=true").cookie(client.login("staff")))
			.andExpect(content().string(allOf(containsString("概览甲" + token), containsString("概览乙" + token))));
	}

	@Test
	void theTagPageLetsOnlyTheDepartmentKeepTheVocabulary() throws Exception {
		mvc.perform(get("/members/talent/tags").cookie(zhugen))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("优秀年轻党外干部"), containsString("/members?tag=YOUNG_CADRE"),
					not(containsString("新增标签")))));
		mvc.perform(form("/members/talent/tags", zhugen, "code", "TOWN_TAG", "nameZh", "镇标签", "nameEn", "Town"))
			.andExpect(status().isForbidden());
		Cookie staff = client.login("staff");
		mvc.perform(get("/members/talent/tags").cookie(staff)).andExpect(content().string(containsString("新增标签")));
		mvc.perform(form("/members/talent/tags", staff, "code", "bad code", "nameZh", "", "nameEn", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("标签代码须为"), containsString("此项必填"))));
		String code = "PAGE" + System.nanoTime() % 1_000_000_000L;
		mvc.perform(form("/members/talent/tags", staff, "code", code, "nameZh", "页面标签" + code, "nameEn", "Page tag"))
			.andExpect(redirectedUrl("/members/talent/tags"));
		mvc.perform(form("/members/talent/tags/" + code + "/active", staff, "active", "false"))
			.andExpect(redirectedUrl("/members/talent/tags"));
		assertThat(jdbc.sql("select active from members_talent_tag where code = :c").param("c", code).query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void theProjectPageListsEnrolmentsInScopeAndEnrolsByName() throws Exception {
		Cookie staff = client.login("staff");
		String token = TalentClient.token();
		String name = "页面精英项目" + token;
		mvc.perform(form("/members/talent/projects", staff, "name", name, "year", "1999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年度须在 2000—2100 之间")));
		mvc.perform(form("/members/talent/projects", staff, "name", name, "year", "2026"))
			.andExpect(redirectedUrl("/members/talent/projects"));
		long project = jdbc.sql("select id from members_elite_project where name = :n").param("n", name).query(Long.class)
			.single();
		long mine = client.person(staffToken, "入选甲" + token, TalentClient.ZHUGEN_VILLAGE);
		long theirs = client.person(staffToken, "入选乙" + token, TalentClient.NIUHUA_VILLAGE);
		searchIndex.awaitCurrent(java.time.Duration.ofSeconds(30));
		mvc.perform(get("/members/talent/people").param("personId", "入选").cookie(zhugen))
			.andExpect(content().string(allOf(containsString("value=\"" + mine + "\""), not(containsString("value=\"" + theirs + "\"")))));
		mvc.perform(form("/members/talent/projects/enrol", zhugen, "projectId", String.valueOf(project), "personId",
				String.valueOf(theirs)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不在您的权限范围内")));
		mvc.perform(form("/members/talent/projects/enrol", zhugen, "projectId", String.valueOf(project), "personId", "入选甲"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入姓名后从候选中选择人员")));
		mvc.perform(form("/members/talent/projects/enrol", zhugen, "projectId", String.valueOf(project), "personId",
				String.valueOf(mine), "remark", "组长"))
			.andExpect(redirectedUrl("/members/talent/projects"));
		mvc.perform(form("/members/talent/projects/enrol", staff, "projectId", String.valueOf(project), "personId",
				String.valueOf(theirs)))
			.andExpect(redirectedUrl("/members/talent/projects"));
		mvc.perform(get("/members/talent/projects").cookie(zhugen))
			.andExpect(content().string(allOf(containsString(name), containsString("入选甲" + token),
					not(containsString("入选乙" + token)), not(containsString("新建精英项目")))));
		mvc.perform(form("/members/" + mine + "/projects/" + project + "/remove", zhugen, "back", "projects"))
			.andExpect(redirectedUrl("/members/talent/projects"));
		assertThat(jdbc.sql("select count(*) from members_elite_enrolment where project_id = :p").param("p", project)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void talentPagesStayWithinTheStatementBudget() throws Exception {
		Cookie session = client.login("staff");
		long person = client.person(staffToken, "预算人才", TalentClient.ZHUGEN_VILLAGE);
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/EXPERT"), staffToken));
		long plan = client.plan(staffToken, person, "2026-01-01", "2026-12-31");
		client.step(staffToken, plan, "一", "2026-02-01");
		client.step(staffToken, plan, "二", "2026-03-01");
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : List.of("/members/" + person + "/talent", "/members/talent/plans",
				"/members/talent/plans?overdue=true", "/members/talent/plans/" + plan, "/members/talent/tags",
				"/members/talent/projects",
				"/members?tag=YOUNG_CADRE&postKind=CPPCC&postLevel=COUNTY&education=本科&unit=511112100&ageFrom=20&ageTo=60")) {
			mvc.perform(get(page).cookie(session));
			StatementCounter.reset();
			int status = mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus();
			assertThat(status).as(page).isEqualTo(200);
			counts.put(page, StatementCounter.count());
			assertThat(StatementCounter.count()).as("%s ran %s", page, StatementCounter.statements()).isLessThanOrEqualTo(10);
		}
		System.out.println("Statements per talent page: " + counts);
	}

}
