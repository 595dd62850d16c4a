package org.tongxin.proposals.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.StatementCounter;

/**
 * The report pages: a member submits from the phone form (a refused form keeps what was typed),
 * the report's page escapes what users typed and shows the original beside the edited text, staff
 * steps from the page (a refused one keeps its text, a stale one says so), another member gets a
 * 404, and the pages stay within the statement budget.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportPageTests {

	private static final int BUDGET = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	private Cookie member;

	private Cookie staff;

	@BeforeEach
	void signIn() throws Exception {
		member = DemoLogins.login(mvc, "member", DemoLogins.DEMO_PASSWORD);
		staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
	}

	@Test
	void aMemberSubmitsFromTheFormAndThePageEscapesWhatWasTyped() throws Exception {
		String form = mvc.perform(get("/reports/new").cookie(member)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("name=\"categoryCode\"").contains("经济发展");
		String refused = mvc.perform(post("/reports").cookie(member).with(csrf()).param("categoryCode", "SOCIAL")
				.param("title", "页面报送一").param("body", "建议<script>alert(1)</script>"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("页面报送一").contains("建议&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		String location = mvc.perform(post("/reports").cookie(member).with(csrf()).param("categoryCode", "SOCIAL")
				.param("title", "收入<3000元的家庭 & \"低保\"").param("body", "月收入<3000元的家庭反映…"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String page = mvc.perform(get(location).cookie(member)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("收入&lt;3000元的家庭 &amp; &quot;低保&quot;").doesNotContain("收入<3000元")
			.contains("社情民意信息已报送").doesNotContain("action=\"" + location + "/accept\"");
		String list = mvc.perform(get("/reports").cookie(member)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("收入&lt;3000元的家庭").contains("我报送的社情民意信息");
		Cookie other = DemoLogins.login(mvc, "member2", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get(location).cookie(other)).andExpect(status().isNotFound());
	}

	@Test
	void staffStepFromThePageARefusedStepKeepsItsTextAndAStaleOneSaysSo() throws Exception {
		long id = submitted("页面审核");
		String page = mvc.perform(get("/reports/" + id).cookie(staff)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/reports/" + id + "/accept").contains("/reports/" + id + "/decline");
		String refused = org.tongxin.FollowRedirect.page(mvc, staff,
				mvc.perform(post("/reports/" + id + "/edit").cookie(staff).with(csrf()).param("version", "0")
					.param("title", "编辑<i>标题</i>").param("body", "正文"))
				.andExpect(status().is3xxRedirection()).andReturn(), "/reports/" + id);
		assertThat(refused).contains("编辑&lt;i&gt;标题&lt;/i&gt;").contains("id=\"step-edit\" open");
		mvc.perform(post("/reports/" + id + "/edit").cookie(staff).with(csrf()).param("version", "0")
				.param("title", "编辑后的标题").param("body", "编辑后的正文"))
			.andExpect(status().is3xxRedirection());
		String stale = org.tongxin.FollowRedirect.page(mvc, staff,
				mvc.perform(post("/reports/" + id + "/accept").cookie(staff).with(csrf()).param("version", "0"))
					.andExpect(status().is3xxRedirection()).andReturn(), "/reports/" + id);
		assertThat(stale).contains("刚被他人处理过");
		mvc.perform(post("/reports/" + id + "/accept").cookie(staff).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		String today = org.tongxin.shared.OfficeTime.today(clock).toString();
		mvc.perform(post("/reports/" + id + "/adoptions").cookie(staff).with(csrf()).param("level", "DISTRICT")
				.param("who", "区委办公室").param("date", today))
			.andExpect(status().is3xxRedirection());
		String twice = org.tongxin.FollowRedirect.page(mvc, staff,
				mvc.perform(post("/reports/" + id + "/adoptions").cookie(staff).with(csrf()).param("level", "DISTRICT")
					.param("who", "另一次").param("date", today))
				.andExpect(status().is3xxRedirection()).andReturn(), "/reports/" + id);
		assertThat(twice).contains("已登记过").contains("另一次");
		String done = mvc.perform(get("/reports/" + id).cookie(member)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(done).contains("编辑后的标题").contains("页面审核").contains("区级采用").contains("区委办公室")
			.contains("已采用编发");
	}

	@Test
	void theReportPagesStayWithinTheStatementBudget() throws Exception {
		long id = submitted("语句预算");
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Cookie session : new Cookie[] { member, staff }) {
			for (String page : new String[] { "/reports", "/reports?status=SUBMITTED&category=SOCIAL&year=2026&level=CITY",
					"/reports/new", "/reports/" + id }) {
				mvc.perform(get(page).cookie(session));
				StatementCounter.reset();
				assertThat(mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus()).as(page)
					.isEqualTo(200);
				counts.put(session.getValue().substring(0, 4) + " " + page, StatementCounter.count());
			}
		}
		assertThat(counts).allSatisfy((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(BUDGET));
	}

	private long submitted(String title) throws Exception {
		String location = mvc.perform(post("/reports").cookie(member).with(csrf()).param("categoryCode", "CULTURE")
				.param("title", title).param("body", "正文"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
