package org.tongxin.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.StatementCounter;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * The proposal pages: a proposal travels from the member's draft form to closure through the
 * page forms of each actor; text is escaped; a refused step keeps what was typed and names the
 * reason; a stale step says so; the pages stay within the statement budget.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProposalPageTests {

	private static final int BUDGET = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private SelfServiceClient members;

	private ProposalClient proposals;

	private String staffToken;

	@BeforeEach
	void signIn() throws Exception {
		members = new SelfServiceClient(mvc);
		proposals = new ProposalClient(mvc, jdbc);
		staffToken = members.token("staff");
	}

	private String step(Cookie who, long id, String step, String... params) throws Exception {
		var request = post("/proposals/" + id + "/" + step).cookie(who).with(csrf())
			.param("version", String.valueOf(proposals.version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
	}

	private String page(Cookie who, String url) throws Exception {
		return mvc.perform(get(url).cookie(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aProposalTravelsThroughThePagesAndEveryStepShowsWithWhoAndWhen() throws Exception {
		Member author = members.member(staffToken, "页面建言甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800050001");
		Member cosigner = members.member(staffToken, "页面联名乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800050002");
		String refused = mvc.perform(post("/proposals").cookie(author.session()).with(csrf())
				.param("categoryCode", "SOCIAL").param("title", "关于社区养老的建议").param("body", "建议<script>x</script>"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("关于社区养老的建议").contains("HTML").contains("建议&lt;script&gt;");
		String location = mvc.perform(post("/proposals").cookie(author.session()).with(csrf())
				.param("categoryCode", "SOCIAL").param("title", "关于社区养老的建议")
				.param("body", "老人<80岁的独居户，建议由社区建立探访台账。"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(page(author.session(), location)).contains("老人&lt;80岁").doesNotContain("老人<80岁");

		step(author.session(), id, "invite", "username", cosigner.username());
		step(cosigner.session(), id, "sign");
		assertThat(step(author.session(), id, "submit")).isEqualTo("/proposals/" + id);
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		step(staff, id, "register", "publicVisible", "true");
		// a refused assignment keeps what was typed and names the field
		// (back on the proposal's page, not at the step's address: a reload does not post again)
		var badPost = mvc.perform(post("/proposals/" + id + "/assign").cookie(staff).with(csrf())
				.param("version", String.valueOf(proposals.version(id))).param("leadUnitCode", "LG-JXJ")
				.param("dueDate", "2020-01-01"))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(badPost.getResponse().getRedirectedUrl()).endsWith("#step-assign");
		String bad = org.tongxin.FollowRedirect.page(mvc, staff, badPost, "/proposals/" + id);
		assertThat(bad).contains("办理期限须晚于今天").contains("LG-JXJ").contains("id=\"step-assign\" open");
		assertThat(proposals.status(id)).isEqualTo("REGISTERED");
		step(staff, id, "assign", "leadUnitCode", "LG-JXJ", "coUnitCodes", "LG-NYJ", "dueDate",
				LocalDate.now().plusMonths(3).toString());
		Cookie jingxin = DemoLogins.login(mvc, "jingxin", DemoLogins.DEMO_PASSWORD);
		step(jingxin, id, "reply", "text", "已纳入明年社区养老服务计划。");
		step(author.session(), id, "feedback", "contacted", "true", "attitude", "SATISFIED", "adoption", "ADOPTED",
				"result", "SATISFIED");
		assertThat(proposals.status(id)).isEqualTo("CLOSED");

		// 转化为决策 from the proposal, a result owned by 区经信局, whose liaison posts two updates to 100%
		String decisionPage = mvc.perform(post("/decisions/link").cookie(staff).with(csrf()).param("kind", "PROPOSAL")
				.param("id", String.valueOf(id)).param("issuer", "PARTY_COMMITTEE")
				.param("reference", "五委发〔" + LocalDate.now().getYear() + "〕页面" + id + "号").param("title", "关于社区养老的实施意见")
				.param("decidedOn", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long decision = Long.parseLong(decisionPage.substring(decisionPage.lastIndexOf('/') + 1));
		mvc.perform(post("/decisions/" + decision + "/results").cookie(staff).with(csrf()).param("title", "建立探访台账")
				.param("ownerUnitCode", "LG-JXJ")).andExpect(status().is3xxRedirection());
		long result = jdbc.sql("select id from proposals_result where decision_id = :d").param("d", decision)
			.query(Long.class).single();
		for (String reached : new String[] { "60", "100" }) {
			long version = jdbc.sql("select version from proposals_result where id = :r").param("r", result)
				.query(Long.class).single();
			mvc.perform(post("/decisions/results/" + result + "/updates").cookie(jingxin).with(csrf())
					.param("progress", reached).param("note", "进展" + reached).param("version", String.valueOf(version)))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(page(author.session(), "/decisions/of/PROPOSAL/" + id)).contains("关于社区养老的实施意见").contains("100");

		String detail = page(author.session(), "/proposals/" + id);
		assertThat(detail).contains("转化为决策").contains("已办结").contains("页面联名乙").contains("已纳入明年社区养老服务计划")
			.contains("起草").contains("确认联名").contains("立案").contains("交办").contains("区经信局")
			.contains("答复").contains("建言人反馈").contains("办结").contains("王丽（统战部）")
			.contains("刘洋（区经信局联络员）");
		// a member who is neither proposer nor co-signer sees the public proposal, read only
		Member other = members.member(staffToken, "页面旁人", SelfServiceClient.NIUHUA_VILLAGE, "13800050003");
		assertThat(page(other.session(), "/proposals/" + id)).contains("关于社区养老的建议").doesNotContain("提交反馈");
	}

	@Test
	void supportingDocumentsAreCheckedByContentAndOnlyThoseWhoSeeTheProposalGetThem() throws Exception {
		Member author = members.member(staffToken, "页面建言附件", SelfServiceClient.ZHUGEN_VILLAGE, "13800050006");
		String refused = mvc.perform(multipart("/proposals").file(new MockMultipartFile("files", "evil.pdf",
				"application/pdf", new byte[] { 'M', 'Z', 0, 0 })).cookie(author.session()).with(csrf())
				.param("categoryCode", "SOCIAL").param("title", "带附件的建议").param("body", "正文"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("带附件的建议");
		String location = mvc.perform(multipart("/proposals").file(new MockMultipartFile("files", "调研报告.pdf",
				"application/pdf", "%PDF-1.7\n".getBytes())).cookie(author.session()).with(csrf())
				.param("categoryCode", "SOCIAL").param("title", "带附件的建议").param("body", "正文"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(page(author.session(), location)).contains("调研报告.pdf");
		long file = jdbc.sql("select id from proposals_attachment where proposal_id = :id").param("id", id)
			.query(Long.class).single();
		mvc.perform(get("/proposals/" + id + "/attachments/" + file).cookie(author.session()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"));
		Member other = members.member(staffToken, "页面附件旁人", SelfServiceClient.ZHUGEN_VILLAGE, "13800050007");
		mvc.perform(get("/proposals/" + id + "/attachments/" + file).cookie(other.session()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleStepSaysSoAndKeepsTheText() throws Exception {
		Member author = members.member(staffToken, "页面建言丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800050004");
		long id = proposals.drafted(author.token(), "并发页面测试");
		proposals.versioned(author.token(), id, "submit", "");
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		long version = proposals.version(id);
		proposals.register(staffToken, id, false);
		var stalePost = mvc.perform(post("/proposals/" + id + "/decline").cookie(staff).with(csrf())
				.param("version", String.valueOf(version)).param("text", "与往年建议重复"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String stale = org.tongxin.FollowRedirect.page(mvc, staff, stalePost, "/proposals/" + id);
		assertThat(stale).contains("刚被他人处理").contains("与往年建议重复");
		assertThat(proposals.status(id)).isEqualTo("REGISTERED");
	}

	@Test
	void proposalPagesStayWithinTheStatementBudget() throws Exception {
		Member author = members.member(staffToken, "页面建言丁", SelfServiceClient.ZHUGEN_VILLAGE, "13800050005");
		long id = proposals.drafted(author.token(), "预算测试建言");
		proposals.versioned(author.token(), id, "submit", "");
		proposals.register(staffToken, id, true);
		proposals.versioned(staffToken, id, "assign", "\"leadUnitId\":" + proposals.unitId("LG-JXJ") + ",\"coUnitIds\":["
				+ proposals.unitId("LG-NYJ") + "],\"dueDate\":\"" + LocalDate.now().plusMonths(3) + "\"");
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		Cookie jingxin = DemoLogins.login(mvc, "jingxin", DemoLogins.DEMO_PASSWORD);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : List.of("/proposals", "/proposals?status=HANDLING&q=预算&year=2026", "/proposals/" + id)) {
			counts.put("staff " + page, count(staff, page));
			counts.put("jingxin " + page, count(jingxin, page));
			counts.put("member " + page, count(author.session(), page));
		}
		counts.put("member /proposals/new", count(author.session(), "/proposals/new"));
		System.out.println("Statements per proposal page: " + counts);
		assertThat(counts).allSatisfy((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(BUDGET));
	}

	private int count(Cookie session, String page) throws Exception {
		mvc.perform(get(page).cookie(session));
		StatementCounter.reset();
		int status = mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus();
		assertThat(status).as(page).isEqualTo(200);
		return StatementCounter.count();
	}

}
