package org.tongxin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxin.DemoLogins;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;
import org.tongxin.proposals.ProposalClient;

/**
 * 我的待办 follows proposals, reports and decision results: in the demo the 区经信局 liaison sees his
 * pending co-handling opinion with a count in the menu and staff see the proposals to review; a
 * proposal's work moves from the invited co-signer to the reviewers, to the lead unit and the
 * co-handling unit (whose opinion, once given, leaves its inbox until the next round), to the
 * proposer's feedback; a report waits for the reviewers; a result for its owner unit until complete.
 * Another unit's handlers never get the work.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InboxProposalTests {

	private static final String CO_OPINION = "proposal.waiting.coOpinion";

	private static final String REPLY = "proposal.waiting.reply";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private SelfServiceClient members;

	private ProposalClient proposals;

	private InboxClient inbox;

	private String staff;

	private String jingxin;

	private String nongye;

	private String renshe;

	@BeforeEach
	void signIn() throws Exception {
		members = new SelfServiceClient(mvc);
		proposals = new ProposalClient(mvc, jdbc);
		inbox = new InboxClient(mvc);
		staff = members.token("staff");
		jingxin = members.token("jingxin");
		nongye = members.token("nongye");
		renshe = members.token("renshe");
	}

	@Test
	void inTheDemoJingxinSeesHisPendingCoOpinionWithACountAndStaffSeeTheProposalsToReview() throws Exception {
		long pending = demoProposalOwingAnOpinionOf("LG-JXJ");
		assertThat(inbox.awaitKinds(jingxin, "proposal", pending, k -> k.contains(CO_OPINION))).containsExactly(CO_OPINION);
		assertThat(inbox.kindsOn(nongye, "proposal", pending)).as("another unit's liaison").isEmpty();
		Cookie session = DemoLogins.login(mvc, "jingxin", DemoLogins.DEMO_PASSWORD);
		long total = ((Number) JsonPath.read(inbox.read(jingxin), "$.total")).longValue();
		mvc.perform(get("/inbox/badge").cookie(session))
			.andExpect(content().string(Matchers.containsString(">" + total + "<")));
		mvc.perform(get("/inbox").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("待提出会办意见")))
			.andExpect(content().string(Matchers.containsString("/proposals/" + pending + "\"")))
			.andExpect(content().string(Matchers.containsString("建言献策")));

		long submitted = jdbc.sql("select min(id) from proposals_proposal where status = 'SUBMITTED'").query(Long.class).single();
		assertThat(inbox.awaitKinds(staff, "proposal", submitted, k -> !k.isEmpty()))
			.containsExactly("proposal.waiting.review");
		assertThat(inbox.kindsOn(jingxin, "proposal", submitted)).isEmpty();
	}

	@Test
	void aProposalsWorkMovesFromTheCoSignerToTheReviewersTheUnitsAndTheProposer() throws Exception {
		Member author = members.member(staff, "待办建言甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800080001");
		Member cosigner = members.member(staff, "待办联名乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800080002");
		long id = proposals.drafted(author.token(), "关于完善园区公交线路的建议");
		proposals.step(author.token(), id, "co-signers", "{\"username\":\"" + cosigner.username() + "\"}")
			.andExpect(status().isOk());
		assertThat(inbox.awaitKinds(cosigner.token(), "proposal", id, k -> !k.isEmpty()))
			.containsExactly("proposal.waiting.coSign");
		proposals.step(cosigner.token(), id, "sign", "{}").andExpect(status().isOk());
		assertThat(inbox.awaitKinds(cosigner.token(), "proposal", id, List::isEmpty)).isEmpty();

		proposals.versioned(author.token(), id, "submit", "").andExpect(status().isOk());
		assertThat(inbox.awaitKinds(staff, "proposal", id, k -> !k.isEmpty())).containsExactly("proposal.waiting.review");
		proposals.register(staff, id, false);
		assertThat(inbox.awaitKinds(staff, "proposal", id, k -> k.contains("proposal.waiting.assign")))
			.containsExactly("proposal.waiting.assign");

		assign(id, "LG-NYJ", "LG-JXJ");
		assertThat(inbox.awaitKinds(jingxin, "proposal", id, k -> !k.isEmpty())).containsExactly(CO_OPINION);
		assertThat(inbox.awaitKinds(nongye, "proposal", id, k -> !k.isEmpty())).containsExactly(REPLY);
		assertThat(inbox.awaitKinds(staff, "proposal", id, List::isEmpty)).as("assigned: not the reviewers' any more").isEmpty();
		assertThat(inbox.kindsOn(renshe, "proposal", id)).as("a unit not handling it").isEmpty();
		assertThat(JsonPath.<List<String>>read(inbox.read(nongye), "$.items[?(@.recordId == " + id + ")].deadline"))
			.containsExactly(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3).toString());

		proposals.step(jingxin, id, "co-opinion", "{\"note\":\"同意主办单位意见，本局配合做好线路规划。\"}").andExpect(status().isOk());
		assertThat(inbox.awaitKinds(jingxin, "proposal", id, List::isEmpty)).as("the opinion is given").isEmpty();
		assertThat(inbox.kindsOn(nongye, "proposal", id)).containsExactly(REPLY);
		proposals.get(author.token(), id).andExpect(jsonPath("$.history[-1].unitName").value("区经信局"));

		proposals.versioned(nongye, id, "reply", "\"reply\":\"已会同区经信局调整园区公交线路。\"").andExpect(status().isOk());
		assertThat(inbox.awaitKinds(author.token(), "proposal", id, k -> !k.isEmpty()))
			.containsExactly("proposal.waiting.feedback");
		assertThat(inbox.awaitKinds(nongye, "proposal", id, List::isEmpty)).isEmpty();

		proposals.versioned(author.token(), id, "feedback", """
				"contacted":true,"attitude":"SATISFIED","adoption":"PARTLY","result":"DISSATISFIED","rehandle":true,
				"comment":"线路尚未覆盖夜班。\"""").andExpect(status().isOk());
		assertThat(inbox.awaitKinds(jingxin, "proposal", id, k -> !k.isEmpty())).as("a new round asks again")
			.containsExactly(CO_OPINION);
		assertThat(inbox.awaitKinds(nongye, "proposal", id, k -> !k.isEmpty())).containsExactly(REPLY);
		assertThat(inbox.awaitKinds(author.token(), "proposal", id, List::isEmpty)).isEmpty();
	}

	@Test
	void aReportWaitsForTheReviewersUntilItIsAccepted() throws Exception {
		Member reporter = members.member(staff, "待办信息丙", SelfServiceClient.NIUHUA_VILLAGE, "13800080003");
		String answer = mvc.perform(post("/api/v1/reports").header("Authorization", SelfServiceClient.bearer(reporter.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryCode\":\"SOCIAL\",\"title\":\"关于夜班公交的情况\",\"body\":\"群众反映夜班公交不足。\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

		assertThat(inbox.awaitKinds(staff, "report", id, k -> !k.isEmpty())).containsExactly("report.waiting.accept");
		assertThat(inbox.kindsOn(jingxin, "report", id)).isEmpty();
		assertThat(inbox.kindsOn(reporter.token(), "report", id)).isEmpty();
		long version = jdbc.sql("select version from proposals_report where id = :id").param("id", id).query(Long.class).single();
		mvc.perform(post("/api/v1/reports/" + id + "/accept").header("Authorization", SelfServiceClient.bearer(staff))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}")).andExpect(status().isOk());
		assertThat(inbox.awaitKinds(staff, "report", id, List::isEmpty)).isEmpty();
	}

	@Test
	void aDecisionResultWaitsForItsOwnerUnitUntilComplete() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String decision = decisions(staff, "", "{\"issuer\":\"GOVERNMENT\",\"reference\":\"五府发〔待办" + System.nanoTime()
				+ "〕1号\",\"title\":\"园区公交实施意见\",\"decidedOn\":\"" + today + "\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long decisionId = ((Number) JsonPath.read(decision, "$.id")).longValue();
		String result = decisions(staff, "/" + decisionId + "/results", "{\"title\":\"开通夜班公交\",\"ownerUnitCode\":\"LG-JXJ\","
				+ "\"startsOn\":\"" + today + "\",\"dueOn\":\"" + today.plusMonths(2) + "\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long resultId = ((Number) JsonPath.read(result, "$.id")).longValue();

		assertThat(inbox.awaitKinds(jingxin, "result", resultId, k -> !k.isEmpty())).containsExactly("decision.waiting.update");
		assertThat(inbox.kindsOn(nongye, "result", resultId)).isEmpty();
		assertThat(inbox.kindsOn(staff, "result", resultId)).as("managers are not handed every result").isEmpty();
		assertThat(JsonPath.<List<String>>read(inbox.read(jingxin), "$.items[?(@.recordId == " + resultId + ")].link"))
			.containsExactly("/decisions/" + decisionId + "#result-" + resultId);

		decisions(jingxin, "/results/" + resultId + "/updates", "{\"progress\":\"60\",\"note\":\"线路已开通试运行\",\"version\":0}")
			.andExpect(status().isCreated());
		assertThat(inbox.kindsOn(jingxin, "result", resultId)).as("still under way").containsExactly("decision.waiting.update");
		decisions(jingxin, "/results/" + resultId + "/updates", "{\"progress\":\"100\",\"note\":\"正式运营\",\"version\":1}")
			.andExpect(status().isCreated());
		assertThat(inbox.awaitKinds(jingxin, "result", resultId, List::isEmpty)).isEmpty();
	}

	/** A demo proposal in handling whose co-handling unit (by code) owes its opinion in this round, and not nongye's. */
	private long demoProposalOwingAnOpinionOf(String unitCode) {
		return jdbc.sql("""
				select min(p.id) from proposals_proposal p
				join proposals_co_unit u on u.proposal_id = p.id join org_unit o on o.id = u.unit_id and o.code = :code
				where p.status = 'HANDLING' and p.lead_unit_id <> (select id from org_unit where code = 'LG-NYJ')
				  and not exists (select 1 from proposals_co_unit n join org_unit no on no.id = n.unit_id
				    where n.proposal_id = p.id and no.code = 'LG-NYJ')
				  and not exists (select 1 from proposals_event e where e.proposal_id = p.id and e.kind = 'CO_OPINION'
				    and e.round = p.round and e.unit_id = u.unit_id)""")
			.param("code", unitCode)
			.query(Long.class)
			.single();
	}

	private void assign(long id, String lead, String co) throws Exception {
		String due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3).toString();
		proposals.versioned(staff, id, "assign", "\"leadUnitId\":" + proposals.unitId(lead) + ",\"coUnitIds\":["
				+ proposals.unitId(co) + "],\"dueDate\":\"" + due + "\"").andExpect(status().isOk());
	}

	private ResultActions decisions(String token, String path, String json) throws Exception {
		return mvc.perform(post("/api/v1/decisions" + path).header("Authorization", SelfServiceClient.bearer(token))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
