package org.tongxin.proposals.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The decision pages: created from the form (a refused form keeps what was typed and names the
 * field), the page escapes what users typed, results and updates are posted from it (a stale
 * update says so), the pages stay within the statement budget, and forms show only to those who act.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DecisionPageTests {

	private static final int BUDGET = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Cookie staff;

	@BeforeEach
	void signIn() throws Exception {
		staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
	}

	private long createdFromTheForm(String reference, String title) throws Exception {
		String location = mvc.perform(post("/decisions").cookie(staff).with(csrf()).param("issuer", "PARTY_COMMITTEE")
				.param("reference", reference).param("title", title).param("decidedOn", "2026-09-30")
				.param("summary", "第一行\n收入<3000元的家庭 & \"困难群众\""))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll("^/decisions/(\\d+).*$", "$1"));
	}

	@Test
	void aDecisionMadeFromTheFormShowsEscapedWithItsResultsAndTimeline() throws Exception {
		long id = createdFromTheForm(DecisionClient.reference(), "关于<困难>群众 & 帮扶的决定");
		mvc.perform(post("/decisions/" + id + "/results").cookie(staff).with(csrf()).param("title", "建立帮扶台账")
			.param("ownerUnitCode", "LG-JXJ").param("ownerName", "刘洋").param("dueOn", "2027-03-31"))
			.andExpect(status().is3xxRedirection());
		long result = jdbc.sql("select id from proposals_result where decision_id = :d").param("d", id).query(Long.class).single();
		mvc.perform(post("/decisions/results/" + result + "/updates").cookie(staff).with(csrf()).param("progress", "100")
			.param("note", "台账<已>建立").param("version", "0")).andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/decisions/" + id).cookie(staff)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("关于&lt;困难&gt;群众 &amp; 帮扶的决定").doesNotContain("<困难>")
			.contains("收入&lt;3000元的家庭 &amp; &quot;困难群众&quot;")
			.contains("台账&lt;已&gt;建立", "区经信局", "tx-pct-100", "action=\"/decisions/" + id + "/sources\"")
			// the CSP (style-src 'self') refuses inline styles: bars are sized by classes
			.doesNotContain("style=\"");

		String stale = org.tongxin.FollowRedirect.page(mvc, staff,
				mvc.perform(post("/decisions/results/" + result + "/updates").cookie(staff).with(csrf())
					.param("progress", "50").param("note", "回退").param("version", "0"))
				.andExpect(status().is3xxRedirection()).andReturn(), "/decisions/" + id);
		assertThat(stale).contains("刚被他人报送了进展", "回退");
		assertThat(jdbc.sql("select progress from proposals_result where id = :r").param("r", result).query(Integer.class)
			.single()).isEqualTo(100);
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndNamesTheField() throws Exception {
		String reference = DecisionClient.reference();
		createdFromTheForm(reference, "第一项决定");
		String again = mvc.perform(post("/decisions").cookie(staff).with(csrf()).param("issuer", "GOVERNMENT")
				.param("reference", reference).param("title", "第二项决定").param("decidedOn", "2026-10-01"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("已被使用", "第二项决定", "is-invalid");

		String markup = mvc.perform(post("/decisions").cookie(staff).with(csrf()).param("issuer", "GOVERNMENT")
				.param("reference", DecisionClient.reference()).param("title", "<script>alert(1)</script>")
				.param("decidedOn", "2026-10-01"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(markup).contains("请勿输入网页代码").doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void aRefusedResultOrUpdateReShowsTheDecisionWithTheReason() throws Exception {
		long id = createdFromTheForm(DecisionClient.reference(), "关于基层治理的决定");
		String refused = org.tongxin.FollowRedirect.page(mvc, staff,
				mvc.perform(post("/decisions/" + id + "/results").cookie(staff).with(csrf()).param("title", "网格化")
					.param("ownerUnitCode", "NO-SUCH-UNIT"))
				.andExpect(status().is3xxRedirection()).andReturn(), "/decisions/" + id);
		assertThat(refused).contains("没有找到“NO-SUCH-UNIT”", "网格化");

		mvc.perform(post("/decisions/" + id + "/results").cookie(staff).with(csrf()).param("title", "网格化管理")
			.param("ownerUnitCode", "LG-JXJ")).andExpect(status().is3xxRedirection());
		long result = jdbc.sql("select id from proposals_result where decision_id = :d").param("d", id).query(Long.class).single();
		String update = org.tongxin.FollowRedirect.page(mvc, staff,
				mvc.perform(post("/decisions/results/" + result + "/updates").cookie(staff).with(csrf())
					.param("progress", "150").param("note", "超过百分之百").param("version", "0"))
				.andExpect(status().is3xxRedirection()).andReturn(), "/decisions/" + id);
		assertThat(update).contains("进度应为 0 到 100 的整数", "超过百分之百");

		String linkRefused = org.tongxin.FollowRedirect.page(mvc, staff,
				mvc.perform(post("/decisions/" + id + "/sources").cookie(staff).with(csrf())
					.param("kind", "PROPOSAL").param("sourceId", "第一号"))
				.andExpect(status().is3xxRedirection()).andReturn(), "/decisions/" + id);
		assertThat(linkRefused).contains("没有编号为“第一号”的建言");
	}

	@Test
	void pagesRenderWithinTheStatementBudgetAndFormsShowOnlyToThoseWhoAct() throws Exception {
		long id = createdFromTheForm(DecisionClient.reference(), "关于统战工作的决定");
		for (String page : new String[] { "/decisions", "/decisions?year=2026&issuer=PARTY_COMMITTEE", "/decisions/new",
				"/decisions/" + id, "/decisions/" + id + "/edit" }) {
			mvc.perform(get(page).cookie(staff)).andExpect(status().isOk());
			StatementCounter.reset();
			mvc.perform(get(page).cookie(staff)).andExpect(status().isOk());
			assertThat(StatementCounter.count()).as(page + " ran %s", StatementCounter.statements()).isLessThanOrEqualTo(BUDGET);
		}
		// the API tests add decisions of today (issued JOINT) that can push this one off the first page
		String list = mvc.perform(get("/decisions?year=2026&issuer=PARTY_COMMITTEE").cookie(staff)).andReturn()
			.getResponse().getContentAsString();
		assertThat(list).contains("关于统战工作的决定", "/decisions/new");

		Cookie leader = DemoLogins.login(mvc, "leader", DemoLogins.DEMO_PASSWORD);
		String seen = mvc.perform(get("/decisions/" + id).cookie(leader)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(seen).contains("关于统战工作的决定").doesNotContain("/sources\"").doesNotContain("/edit\"");
		mvc.perform(get("/decisions/new").cookie(leader)).andExpect(status().isForbidden());
		mvc.perform(get("/decisions/" + id).cookie(DemoLogins.login(mvc, "niuhua", DemoLogins.DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

}
