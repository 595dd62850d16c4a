package org.tongxin.proposals.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;
import org.tongxin.proposals.ProposalClient;

/**
 * Real proposals (through the proposals API) turned into decisions: a registered one is linked and
 * its history says so; a second link is refused naming the decision it belongs to; declined and
 * submitted-only ones are refused with their status, a draft staff cannot see is a 404; the
 * proposer sees the decision and its progress on the proposal's fragment, another member does not;
 * the "转化为决策" form makes a new decision and links it in one step.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DecisionLinkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private DecisionClient api;

	private ProposalClient proposals;

	private SelfServiceClient members;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		api = new DecisionClient(mvc);
		proposals = new ProposalClient(mvc, jdbc);
		members = new SelfServiceClient(mvc);
		staff = api.token("staff");
	}

	private Member member(String name, String village) throws Exception {
		return members.member(staff, name, village, String.format("139%08d", System.nanoTime() % 100_000_000L));
	}

	private long submitted(Member author, String title) throws Exception {
		long id = proposals.drafted(author.token(), title);
		proposals.versioned(author.token(), id, "submit", "").andExpect(status().isOk());
		return id;
	}

	private static String link(long proposal) {
		return "{\"kind\":\"PROPOSAL\",\"sourceId\":\"" + proposal + "\"}";
	}

	@Test
	void aRegisteredProposalIsLinkedOnceAndItsProposerFollowsTheImplementation() throws Exception {
		Member author = member("决策建言甲", SelfServiceClient.ZHUGEN_VILLAGE);
		long proposal = submitted(author, "关于建设茶叶加工园区的建议");
		proposals.register(staff, proposal, false);
		String reference = DecisionClient.reference();
		long decision = DecisionClient.id(api.create(staff, DecisionClient.decisionJson(reference, "关于建设茶叶加工园区的决定")));

		api.post(staff, "/" + decision + "/sources", link(proposal)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(Matchers.startsWith("JY")));
		assertThat(jdbc.sql("select count(*) from proposals_event where proposal_id = :p and kind = 'DECISION_LINKED'"
				+ " and related_id = :d").param("p", proposal).param("d", decision).query(Integer.class).single()).isEqualTo(1);

		long other = api.created(staff, "另一项决定");
		api.post(staff, "/" + other + "/sources", link(proposal)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(reference)));
		api.post(staff, "/" + decision + "/sources", link(proposal)).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select decision_id from proposals_decision_source where source_kind = 'PROPOSAL'"
				+ " and source_id = :p").param("p", proposal).query(Long.class).list()).containsExactly(decision);

		long result = api.result(staff, decision, "LG-JXJ");
		api.update(staff, result, 50, "园区规划获批", 0).andExpect(status().isCreated());
		api.update(staff, result, 100, "园区建成投产", 1).andExpect(status().isCreated());

		// the proposer sees the decision through the proposal, with its progress; another member sees neither
		api.get(author.token(), "/of/PROPOSAL/" + proposal).andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.reference").value(reference)).andExpect(jsonPath("$.results[0].progress").value(100))
			.andExpect(jsonPath("$.mayLink").value(false));
		api.get(author.token(), "/" + decision).andExpect(status().isOk())
			.andExpect(jsonPath("$.sources[0].id").value(proposal)).andExpect(jsonPath("$.results[0].mayUpdate").value(false));
		String fragment = mvc.perform(get("/decisions/of/PROPOSAL/" + proposal).cookie(author.session()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains(reference, "tx-pct-100").doesNotContain("/decisions/link");
		Member stranger = member("决策旁人乙", SelfServiceClient.NIUHUA_VILLAGE);
		api.get(stranger.token(), "/of/PROPOSAL/" + proposal).andExpect(status().isNotFound());
		api.get(stranger.token(), "/" + decision).andExpect(status().isNotFound());
	}

	@Test
	void declinedSubmittedAndUnseenDraftProposalsAreNotLinked() throws Exception {
		Member author = member("决策建言丙", SelfServiceClient.ZHUGEN_VILLAGE);
		long declined = submitted(author, "不予立案的建议");
		proposals.versioned(staff, declined, "decline", "\"reason\":\"不属于本区职权\"").andExpect(status().isOk());
		long onlySubmitted = submitted(author, "尚未立案的建议");
		long draft = proposals.drafted(author.token(), "草稿建议");
		long decision = api.created(staff, "关于职权范围的决定");

		api.post(staff, "/" + decision + "/sources", link(declined)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"));
		api.post(staff, "/" + decision + "/sources", link(onlySubmitted)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"));
		api.post(staff, "/" + decision + "/sources", link(draft)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from proposals_decision_source where decision_id = :d").param("d", decision)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from proposals_event where proposal_id in (:ids) and kind = 'DECISION_LINKED'")
			.param("ids", java.util.List.of(declined, onlySubmitted, draft)).query(Integer.class).single()).isZero();
	}

	private long report(String token, String title) throws Exception {
		return DecisionClient.id(mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"categoryCode\":\"SOCIAL\",\"title\":\"" + title + "\",\"body\":\"群众反映的情况和建议。\"}"))
			.andExpect(status().isCreated()));
	}

	@Test
	void anAcceptedReportIsLinkedAndASubmittedOneIsRefused() throws Exception {
		String zhugen = api.token("zhugen");
		long accepted = report(zhugen, "关于农村养老服务的社情民意" + System.nanoTime());
		long waiting = report(zhugen, "尚未采用的社情民意" + System.nanoTime());
		long version = jdbc.sql("select version from proposals_report where id = :id").param("id", accepted)
			.query(Long.class).single();
		mvc.perform(post("/api/v1/reports/" + accepted + "/accept").header("Authorization", "Bearer " + staff)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
			.andExpect(status().isOk());
		long decision = api.created(staff, "关于完善农村养老服务的决定");

		api.post(staff, "/" + decision + "/sources", "{\"kind\":\"REPORT\",\"sourceId\":\"" + waiting + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
		api.post(staff, "/" + decision + "/sources", "{\"kind\":\"REPORT\",\"sourceId\":\"" + accepted + "\"}")
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from proposals_report_event where report_id = :r and kind = 'DECISION_LINKED'")
			.param("r", accepted).query(Integer.class).single()).isEqualTo(1);
		// the reporting town's officer sees the decision through the report, and the report's fragment
		api.get(zhugen, "/" + decision).andExpect(status().isOk()).andExpect(jsonPath("$.sources[0].kind").value("REPORT"));
		api.get(zhugen, "/of/REPORT/" + accepted).andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.id").value(decision));
		api.get(api.token("niuhua"), "/" + decision).andExpect(status().isNotFound());
	}

	@Test
	void theConvertFormMakesANewDecisionAndLinksItInOneStep() throws Exception {
		Member author = member("决策建言丁", SelfServiceClient.ZHUGEN_VILLAGE);
		long proposal = submitted(author, "关于完善养老服务的建议");
		proposals.register(staff, proposal, false);
		var session = org.tongxin.DemoLogins.login(mvc, "staff", org.tongxin.DemoLogins.DEMO_PASSWORD);

		String before = mvc.perform(get("/decisions/of/PROPOSAL/" + proposal).cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(before).contains("/decisions/link?kind=PROPOSAL&amp;id=" + proposal);
		mvc.perform(get("/decisions/link").param("kind", "PROPOSAL").param("id", String.valueOf(proposal)).cookie(session))
			.andExpect(status().isOk());

		String refused = org.tongxin.FollowRedirect.page(mvc, session,
				mvc.perform(post("/decisions/link").param("kind", "PROPOSAL").param("id", String.valueOf(proposal))
					.param("issuer", "GOVERNMENT").param("reference", "").param("title", "关于完善养老服务的决定")
					.param("decidedOn", DecisionClient.today().toString()).cookie(session).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn(),
				"/decisions/link?kind=PROPOSAL&id=" + proposal);
		assertThat(refused).contains("关于完善养老服务的决定", "is-invalid");

		String reference = DecisionClient.reference();
		String target = mvc.perform(post("/decisions/link").param("kind", "PROPOSAL").param("id", String.valueOf(proposal))
				.param("issuer", "GOVERNMENT").param("reference", reference).param("title", "关于完善养老服务的决定")
				.param("decidedOn", DecisionClient.today().toString()).cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long decision = Long.parseLong(target.replaceAll("^/decisions/(\\d+).*$", "$1"));
		assertThat(jdbc.sql("select reference from proposals_decision d join proposals_decision_source s on s.decision_id = d.id"
				+ " where s.source_kind = 'PROPOSAL' and s.source_id = :p").param("p", proposal).query(String.class).single())
			.isEqualTo(reference);
		String page = mvc.perform(get("/decisions/" + decision).cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("关于完善养老服务的建议", "/proposals/" + proposal);
	}

}
