package org.tongxin.members.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a closed plan refuses, through the API and the plan's page, in the caller's language and
 * naming its status: it takes no steps, has none marked done and is not changed unless it runs
 * again; a completed plan is not cancelled without running again. Hostile values are answered as
 * refusals or 404s, never as errors.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PlanRefusalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private TalentClient client;

	private String zhugen;

	private long plan;

	private long openStep;

	@BeforeEach
	void aCompletedPlanWithAnOpenStep() throws Exception {
		client = new TalentClient(mvc, jdbc);
		zhugen = client.token("zhugen");
		long person = client.person(zhugen, "关闭计划甲", TalentClient.ZHUGEN_VILLAGE);
		plan = client.plan(zhugen, person, "2026-01-01", "2026-12-31");
		openStep = client.step(zhugen, plan, "挂职锻炼", "2026-10-31");
		patchPlan("{\"status\":\"COMPLETED\",\"version\":" + client.version(plan) + "}").andExpect(status().isOk());
	}

	@Test
	void theApiRefusesWhatACompletedPlanDoesNotAllowNamingItsStatus() throws Exception {
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/plans/" + plan + "/steps"), zhugen)
				.content("{\"title\":\"再培训\",\"dueOn\":\"2026-11-30\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value("培养计划当前为“已完成”，不能添加步骤。"));
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/" + openStep + "/done"), zhugen).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("培养计划当前为“已完成”，不能标记步骤完成。"));
		patchPlan("{\"title\":\"改名\",\"version\":" + client.version(plan) + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message", containsString("不能修改")));
		patchPlan("{\"status\":\"CANCELLED\",\"version\":" + client.version(plan) + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("不能终止")));
		// running again, it may be changed in the same request
		patchPlan("{\"status\":\"ACTIVE\",\"title\":\"延长的计划\",\"version\":" + client.version(plan) + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.title").value("延长的计划"));
	}

	@Test
	void thePlanPageOffersNoDoneFormOnAClosedPlanAndShowsTheRefusalOfAStaleOne() throws Exception {
		Cookie session = client.login("zhugen");
		mvc.perform(get("/members/talent/plans/" + plan).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/members/talent/steps/" + openStep + "/done"))));
		// a refused step goes back to the plan's page (post/redirect/get), which shows why
		assertThat(refusedThenShown(post("/members/talent/steps/" + openStep + "/done").param("doneOn", ""), session))
			.contains("培养计划当前为“已完成”，不能标记步骤完成。");
		assertThat(refusedThenShown(post("/members/talent/plans/" + plan + "/steps").param("title", "再培训")
				.param("dueOn", "2026-11-30"), session))
			.contains("培养计划当前为“已完成”，不能添加步骤。");
		// the plan's own form answers in place, with what was typed
		mvc.perform(post("/members/talent/plans/" + plan).cookie(session).with(csrf()).param("title", "改名")
				.param("startsOn", "2026-01-01").param("endsOn", "2026-12-31").param("status", "COMPLETED")
				.param("version", String.valueOf(client.version(plan))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能修改")));
	}

	/** Posts a step that is refused, follows the redirect back to the plan's page and answers that page. */
	private String refusedThenShown(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder step,
			Cookie session) throws Exception {
		String back = mvc.perform(step.cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(back).startsWith("/members/talent/plans/" + plan);
		return mvc.perform(get(back).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void hostileStatusesAndIdsAreRefusalsOrNotFound() throws Exception {
		for (String status : List.of("'; drop table members_cultivation_plan; --", "ACTIVE\u0000", "x".repeat(5000),
				"<script>alert(1)</script>", "reopen")) {
			patchPlan("{\"status\":\"" + status.replace("\u0000", "\\u0000") + "\",\"version\":" + client.version(plan) + "}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("status"));
		}
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/" + Long.MAX_VALUE + "/done"), zhugen).content("{}"))
			.andExpect(status().isNotFound());
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/-1/done"), zhugen).content("{}"))
			.andExpect(status().isNotFound());
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/abc/done"), zhugen).content("{}"))
			.andExpect(status().isBadRequest());
		mvc.perform(TalentClient.api(post("/api/v1/members/talent/steps/" + openStep + "/done"), zhugen)
				.content("{\"doneOn\":\"2026-02-30\"}"))
			.andExpect(status().isBadRequest());
		// the other town's officer learns nothing of the plan: 404 whatever the input
		String niuhua = client.token("niuhua");
		mvc.perform(TalentClient.api(patch("/api/v1/members/talent/plans/" + plan), niuhua)
				.content("{\"status\":\"ACTIVE\",\"version\":" + client.version(plan) + "}"))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions patchPlan(String json) throws Exception {
		return mvc.perform(TalentClient.api(patch("/api/v1/members/talent/plans/" + plan), zhugen).content(json));
	}


}
