package org.tongxin.proposals;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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

/**
 * A proposal's whole way through the API: a member drafts it, a second member co-signs, it is
 * submitted, registered, assigned to a lead and a co-handling unit, the co-handling unit gives its
 * opinion, the lead replies, the proposer asks for re-handling, the second reply satisfies; every
 * step is in the history with who. A second proposal is merged into the first and points to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProposalFlowApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ProposalClient proposals;

	private SelfServiceClient members;

	private String staff;

	private String jingxin;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		proposals = new ProposalClient(mvc, jdbc);
		members = new SelfServiceClient(mvc);
		staff = members.token("staff");
		jingxin = members.token("jingxin");
		zhugen = members.token("zhugen");
	}

	@Test
	void aProposalTravelsFromDraftToClosureAndAnotherIsMergedIntoIt() throws Exception {
		Member author = members.member(staff, "建言甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800030001");
		Member cosigner = members.member(staff, "联名乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800030002");
		long id = proposals.drafted(author.token(), "关于发展茶叶深加工的建议");
		proposals.get(author.token(), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.proposerKind").value("MEMBER"))
			.andExpect(jsonPath("$.proposerName").value("建言甲"))
			.andExpect(jsonPath("$.proposalNo").value(org.hamcrest.Matchers.startsWith("JY")));
		// staff do not see a draft
		proposals.get(staff, id).andExpect(status().isNotFound());

		proposals.step(author.token(), id, "co-signers", "{\"username\":\"" + cosigner.username() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coSigners[0].name").value("联名乙"));
		// an open invitation holds the submission back, naming who has not signed
		proposals.versioned(author.token(), id, "submit", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("coSigners"));
		proposals.step(cosigner.token(), id, "sign", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coSigners[0].signedAt").isNotEmpty());
		proposals.versioned(author.token(), id, "submit", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));

		// replying to an unregistered proposal is refused and changes nothing
		int before = proposals.events(id);
		proposals.versioned(jingxin, id, "reply", "\"reply\":\"已办理\"")
			.andExpect(status().isNotFound());
		proposals.versioned(staff, id, "reply", "\"reply\":\"已办理\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		org.assertj.core.api.Assertions.assertThat(proposals.events(id)).isEqualTo(before);
		org.assertj.core.api.Assertions.assertThat(proposals.status(id)).isEqualTo("SUBMITTED");

		proposals.versioned(staff, id, "register", "\"publicVisible\":true,\"note\":\"符合立案条件\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.publicVisible").value(true));
		long lead = proposals.unitId("LG-JXJ");
		long co = proposals.unitId("LG-NYJ");
		String due = LocalDate.now().plusMonths(3).toString();
		proposals.versioned(staff, id, "assign",
				"\"leadUnitId\":" + lead + ",\"coUnitIds\":[" + co + "],\"dueDate\":\"" + due + "\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDLING"))
			.andExpect(jsonPath("$.leadUnitName").value("区经信局"))
			.andExpect(jsonPath("$.coUnitNames[0]").value("区农业农村局"));

		proposals.get(jingxin, id).andExpect(status().isOk()).andExpect(jsonPath("$.steps", contains("REPLY")));
		proposals.versioned(jingxin, id, "reply", "\"reply\":\"已会同区农业农村局制定茶叶深加工扶持办法。\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REPLIED"));

		// re-handling needs a reason
		proposals.versioned(author.token(), id, "feedback", """
				"contacted":true,"attitude":"SATISFIED","adoption":"PARTLY","result":"DISSATISFIED","rehandle":true""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		proposals.versioned(author.token(), id, "feedback", """
				"contacted":true,"attitude":"SATISFIED","adoption":"PARTLY","result":"DISSATISFIED","rehandle":true,
				"comment":"扶持办法尚未覆盖小微茶企。\"""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDLING"))
			.andExpect(jsonPath("$.round").value(2));
		proposals.versioned(jingxin, id, "reply", "\"reply\":\"扶持办法已扩展至小微茶企。\"")
			.andExpect(status().isOk());
		proposals.versioned(author.token(), id, "feedback", """
				"contacted":true,"attitude":"SATISFIED","adoption":"ADOPTED","result":"SATISFIED","rehandle":false""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.feedback.adoption").value("ADOPTED"));

		// turned into a decision, whose result reaches 100% in two dated updates; the proposer follows it
		String decision = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/decisions").header("Authorization", SelfServiceClient.bearer(staff))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"issuer\":\"GOVERNMENT\",\"reference\":\"五府发〔流程" + id + "〕1号\",\"title\":\"茶叶深加工扶持办法\","
						+ "\"decidedOn\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long decisionId = ((Number) com.jayway.jsonpath.JsonPath.read(decision, "$.id")).longValue();
		decisions(staff, "/" + decisionId + "/sources", "{\"kind\":\"PROPOSAL\",\"sourceId\":\"" + id + "\"}")
			.andExpect(status().isCreated());
		// a second decision for the same proposal is refused, naming the first
		String other = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/decisions").header("Authorization", SelfServiceClient.bearer(staff))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"issuer\":\"GOVERNMENT\",\"reference\":\"五府发〔流程" + id + "〕2号\",\"title\":\"另一项\","
						+ "\"decidedOn\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"}"))
			.andReturn().getResponse().getContentAsString();
		long otherId = ((Number) com.jayway.jsonpath.JsonPath.read(other, "$.id")).longValue();
		decisions(staff, "/" + otherId + "/sources", "{\"kind\":\"PROPOSAL\",\"sourceId\":\"" + id + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("五府发〔流程" + id + "〕1号")));
		String result = decisions(staff, "/" + decisionId + "/results", "{\"title\":\"出台扶持办法\",\"ownerUnitCode\":\"LG-JXJ\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long resultId = ((Number) com.jayway.jsonpath.JsonPath.read(result, "$.id")).longValue();
		decisions(jingxin, "/results/" + resultId + "/updates", "{\"progress\":\"40\",\"note\":\"起草完成\",\"version\":0}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.progress").value(40));
		decisions(jingxin, "/results/" + resultId + "/updates", "{\"progress\":\"100\",\"note\":\"已印发实施\",\"version\":1}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.progress").value(100))
			.andExpect(jsonPath("$.completedOn").isNotEmpty());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/decisions/of/PROPOSAL/" + id).header("Authorization", SelfServiceClient.bearer(author.token())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("茶叶深加工扶持办法")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"progress\":100")));

		proposals.get(author.token(), id)
			.andExpect(jsonPath("$.history[*].kind", contains("CREATED", "COSIGNER_INVITED", "COSIGNED", "SUBMITTED",
					"REGISTERED", "ASSIGNED", "REPLIED", "FEEDBACK", "REHANDLING", "REPLIED", "FEEDBACK", "CLOSED",
					"DECISION_LINKED")))
			.andExpect(jsonPath("$.history[1].actorName").value("建言甲"))
			.andExpect(jsonPath("$.history[2].actorName").value("联名乙"))
			.andExpect(jsonPath("$.history[4].actorName").value("王丽（统战部）"))
			.andExpect(jsonPath("$.history[6].actorName").value("刘洋（区经信局联络员）"))
			.andExpect(jsonPath("$.history[5].unitName").value("区经信局"))
			.andExpect(jsonPath("$.history[5].note").value("区农业农村局"));

		// a second proposal on the same matter joins the first
		long similar = proposals.drafted(cosigner.token(), "茶叶加工的另一条建议");
		proposals.versioned(cosigner.token(), similar, "submit", "").andExpect(status().isOk());
		proposals.versioned(staff, similar, "merge", "\"targetId\":" + id + ",\"note\":\"内容相近\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.mergedInto.id").value(id));
		proposals.get(staff, id)
			.andExpect(jsonPath("$.mergedIn[*].id", hasItem((int) similar)))
			.andExpect(jsonPath("$.history[-1].kind").value("MERGED_IN"));
	}

	private org.springframework.test.web.servlet.ResultActions decisions(String token, String path, String json)
			throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/decisions" + path).header("Authorization", SelfServiceClient.bearer(token))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void aHandlingUnitSeesOnlyWhatWasAssignedToItAndMembersSeeTheirOwnAndPublicOnes() throws Exception {
		Member author = members.member(staff, "建言丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800030003");
		Member stranger = members.member(staff, "旁人丁", SelfServiceClient.NIUHUA_VILLAGE, "13800030004");
		long hidden = proposals.drafted(author.token(), "不公开的建言");
		long open = proposals.drafted(author.token(), "公开的建言");
		for (long id : new long[] { hidden, open }) {
			proposals.versioned(author.token(), id, "submit", "").andExpect(status().isOk());
		}
		proposals.register(staff, hidden, false);
		proposals.register(staff, open, true);
		String due = LocalDate.now().plusMonths(2).toString();
		proposals.versioned(staff, hidden, "assign",
				"\"leadUnitId\":" + proposals.unitId("LG-NYJ") + ",\"dueDate\":\"" + due + "\"")
			.andExpect(status().isOk());

		// 区经信局 was not given it; 竹根镇's officer neither
		proposals.get(jingxin, hidden).andExpect(status().isNotFound());
		proposals.get(zhugen, hidden).andExpect(status().isNotFound());
		proposals.list(jingxin, "size=100").andExpect(jsonPath("$.content[*].id", not(hasItem((int) hidden))));
		// another member sees the public one, not the other
		proposals.get(stranger.token(), hidden).andExpect(status().isNotFound());
		proposals.get(stranger.token(), open).andExpect(status().isOk());
		proposals.list(stranger.token(), "size=100")
			.andExpect(jsonPath("$.content[*].id", hasItem((int) open)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) hidden))));
		// the author sees both
		proposals.list(author.token(), "mine=true")
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder((int) hidden, (int) open)));
	}

	@Test
	void aSignatureIsForTheTextSignedAndAnInvitedMemberMayDecline() throws Exception {
		Member author = members.member(staff, "签名甲", SelfServiceClient.ZHUGEN_VILLAGE, "13800030006");
		Member signer = members.member(staff, "签名乙", SelfServiceClient.ZHUGEN_VILLAGE, "13800030007");
		Member other = members.member(staff, "签名丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800030008");
		long id = proposals.drafted(author.token(), "联名后修改的建言");
		for (Member m : new Member[] { signer, other }) {
			proposals.step(author.token(), id, "co-signers", "{\"username\":\"" + m.username() + "\"}")
				.andExpect(status().isOk());
		}
		proposals.step(signer.token(), id, "sign", "{}").andExpect(status().isOk());
		// the author changes the text: the signature given to the old text is open again
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/proposals/" + id)
				.header("Authorization", SelfServiceClient.bearer(author.token()))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"version\":" + proposals.version(id) + ",\"categoryCode\":\"RURAL\",\"title\":\"联名后修改的建言\","
						+ "\"body\":\"全部重写的内容\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coSigners[?(@.name == '签名乙')].signedAt", contains((Object) null)))
			.andExpect(jsonPath("$.history[-1].note").value(org.hamcrest.Matchers.containsString("签名乙")));
		// an invited member declines for themselves, not for others
		long otherPerson = other.personId();
		long signerPerson = signer.personId();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/proposals/" + id + "/co-signers/" + signerPerson)
				.header("Authorization", SelfServiceClient.bearer(other.token())))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/proposals/" + id + "/co-signers/" + otherPerson)
				.header("Authorization", SelfServiceClient.bearer(other.token())))
			.andExpect(status().isNoContent());
		proposals.get(other.token(), id).andExpect(status().isNotFound());
		proposals.get(author.token(), id).andExpect(jsonPath("$.coSigners[*].name", contains("签名乙")));
		proposals.versioned(author.token(), id, "submit", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("签名乙")));
	}

	@Test
	void twoStaffActingOnTheSameVersionCannotBothWin() throws Exception {
		Member author = members.member(staff, "建言戊", SelfServiceClient.ZHUGEN_VILLAGE, "13800030005");
		long id = proposals.drafted(author.token(), "并发审查的建言");
		proposals.versioned(author.token(), id, "submit", "").andExpect(status().isOk());
		long version = proposals.version(id);
		// a second staff session, acting on the version it read before the first one wrote
		String secondDesk = members.token("staff");
		proposals.step(staff, id, "register", "{\"version\":" + version + "}").andExpect(status().isOk());
		proposals.step(secondDesk, id, "decline", "{\"version\":" + version + ",\"reason\":\"重复\"}")
			.andExpect(status().isConflict());
		org.assertj.core.api.Assertions.assertThat(proposals.status(id)).isEqualTo("REGISTERED");
	}

	@Test
	void aPartyOrganisationProposesInItsOwnNameAndOfficersWhoAreNeitherCannot() throws Exception {
		String minmeng = members.token("minmeng");
		proposals.draft(minmeng, "{\"categoryCode\":\"ECONOMY\",\"title\":\"关于盐业转型的建议\",\"body\":\"……\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposerKind").value("ORGANISATION"))
			.andExpect(jsonPath("$.proposerName").value("民盟五通桥区总支部"));
		proposals.draft(zhugen, "{\"categoryCode\":\"ECONOMY\",\"title\":\"t\",\"body\":\"b\"}")
			.andExpect(status().isForbidden());
		proposals.draft(minmeng, "{\"categoryCode\":\"NOPE\",\"title\":\"<b>x</b>\",\"body\":\"b\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categoryCode"));
		proposals.draft(minmeng, "{\"categoryCode\":\"ECONOMY\",\"title\":\"<script>x</script>\",\"body\":\"b\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
	}

}
