package org.tongxin.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;

/**
 * The figures and duty performance for a period equal a hand count over records made in the test,
 * through the workflows' own API, in a unit of the test's own (so nothing else counts there): three
 * proposals (one handled to the end, one declined, one merged into the first), three reports (one
 * accepted, adopted at district and city and instructed, one declined, one waiting), one decision
 * answering the first proposal and the accepted report, with two results at 100% and 50%.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProposalFiguresHandCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFiguresOfThePeriodEqualAHandCountOfTheRecordsMadeHere() throws Exception {
		ProposalClient proposals = new ProposalClient(mvc, jdbc);
		SelfServiceClient members = new SelfServiceClient(mvc);
		String staff = members.token("staff");
		String zhugen = members.token("zhugen");
		String code = "HC" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		long town = proposals.unitId("511112100");
		api(zhugen, "/api/v1/units", "{\"parentId\":" + town + ",\"kind\":\"ASSOCIATION\",\"name\":\"手数协会" + code
				+ "\",\"code\":\"" + code + "\"}").andExpect(status().isCreated());
		Member a = members.member(staff, "手数甲", code, "1380006" + code.substring(2, 6));
		Member b = members.member(staff, "手数乙", code, "1380007" + code.substring(2, 6));

		// proposals: P1 to the end with b co-signing, P2 declined, P3 merged into P1
		long p1 = proposals.drafted(a.token(), "手数建言一");
		api(a.token(), "/api/v1/proposals/" + p1 + "/co-signers", "{\"username\":\"" + b.username() + "\"}");
		api(b.token(), "/api/v1/proposals/" + p1 + "/sign", "{}");
		long p2 = proposals.drafted(a.token(), "手数建言二");
		long p3 = proposals.drafted(a.token(), "手数建言三");
		for (long p : new long[] { p1, p2, p3 }) {
			proposals.versioned(a.token(), p, "submit", "").andExpect(status().isOk());
		}
		proposals.register(staff, p1, true);
		proposals.versioned(staff, p1, "assign", "\"leadUnitId\":" + proposals.unitId("LG-JXJ") + ",\"dueDate\":\""
				+ LocalDate.now().plusMonths(3) + "\"").andExpect(status().isOk());
		proposals.versioned(members.token("jingxin"), p1, "reply", "\"reply\":\"已办理\"").andExpect(status().isOk());
		proposals.versioned(a.token(), p1, "feedback",
				"\"contacted\":true,\"attitude\":\"SATISFIED\",\"adoption\":\"ADOPTED\",\"result\":\"SATISFIED\"")
			.andExpect(status().isOk());
		proposals.versioned(staff, p2, "decline", "\"reason\":\"不属于建言范围\"").andExpect(status().isOk());
		proposals.versioned(staff, p3, "merge", "\"targetId\":" + p1).andExpect(status().isOk());

		// reports: R1 accepted, adopted at district and city, instructed at district; R2 declined; R3 waiting
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		long r1 = report(b.token(), "手数信息一");
		long r2 = report(b.token(), "手数信息二");
		report(a.token(), "手数信息三");
		api(staff, "/api/v1/reports/" + r1 + "/accept", "{\"version\":0}").andExpect(status().isOk());
		api(staff, "/api/v1/reports/" + r1 + "/adoptions",
				"{\"level\":\"DISTRICT\",\"adoptedBy\":\"区委办\",\"adoptedOn\":\"" + today + "\"}");
		api(staff, "/api/v1/reports/" + r1 + "/forward",
				"{\"level\":\"CITY\",\"recipient\":\"市委统战部\",\"forwardedOn\":\"" + today + "\"}");
		api(staff, "/api/v1/reports/" + r1 + "/adoptions",
				"{\"level\":\"CITY\",\"adoptedBy\":\"市委办\",\"adoptedOn\":\"" + today + "\"}");
		api(staff, "/api/v1/reports/" + r1 + "/instructions", "{\"level\":\"DISTRICT\",\"post\":\"区委书记\","
				+ "\"instruction\":\"请研究\",\"instructedOn\":\"" + today + "\"}").andExpect(status().isOk());
		api(staff, "/api/v1/reports/" + r2 + "/decline", "{\"version\":0,\"reason\":\"已掌握\"}").andExpect(status().isOk());

		// one decision answering P1 and R1, results at 100% and 50%
		long decision = id(api(staff, "/api/v1/decisions", "{\"issuer\":\"PARTY_COMMITTEE\",\"reference\":\"手数〔"
				+ code + "〕1号\",\"title\":\"手数决策\",\"decidedOn\":\"" + today + "\"}"));
		api(staff, "/api/v1/decisions/" + decision + "/sources", "{\"kind\":\"PROPOSAL\",\"sourceId\":\"" + p1 + "\"}")
			.andExpect(status().isCreated());
		api(staff, "/api/v1/decisions/" + decision + "/sources", "{\"kind\":\"REPORT\",\"sourceId\":\"" + r1 + "\"}")
			.andExpect(status().isCreated());
		for (int reached : new int[] { 100, 50 }) {
			long result = id(api(staff, "/api/v1/decisions/" + decision + "/results",
					"{\"title\":\"落实" + reached + "\",\"ownerUnitCode\":\"LG-JXJ\"}"));
			api(staff, "/api/v1/decisions/results/" + result + "/updates",
					"{\"progress\":\"" + reached + "\",\"note\":\"已落实\",\"version\":0}").andExpect(status().isCreated());
		}

		String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
		String figures = mvc.perform(get("/api/v1/proposal-figures").param("unit", code).param("year", year)
				.header("Authorization", "Bearer " + staff)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Map<String, Object> total = JsonPath.read(figures, "$.total");
		assertThat(total).containsEntry("proposalsSubmitted", 3).containsEntry("proposalsRegistered", 1)
			.containsEntry("proposalsDeclined", 1).containsEntry("proposalsMerged", 1)
			.containsEntry("proposalsReplied", 1).containsEntry("proposalsClosed", 1)
			.containsEntry("reportsSubmitted", 3).containsEntry("reportsAccepted", 1)
			.containsEntry("adoptedDistrict", 1).containsEntry("adoptedCity", 1).containsEntry("adoptedProvince", 0)
			.containsEntry("instructedDistrict", 1).containsEntry("instructedCity", 0)
			.containsEntry("decisions", 1).containsEntry("results", 2).containsEntry("resultsCompleted", 1);
		assertThat(((Number) total.get("averageProgress")).doubleValue()).isEqualTo(75.0);

		// the same from the records alone (a period inside one month) and from months plus edge days
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		for (LocalDate[] period : new LocalDate[][] { { day, day }, { day.minusDays(40), day.plusDays(40) } }) {
			String within = mvc.perform(get("/api/v1/proposal-figures").param("unit", code)
					.param("from", period[0].toString()).param("to", period[1].toString())
					.header("Authorization", "Bearer " + staff)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			Map<String, Object> again = JsonPath.read(within, "$.total");
			assertThat(again).as("%s..%s", period[0], period[1]).isEqualTo(total);
		}

		// duty performance: a proposed three, reported one; b co-signed one, reported two (adopted twice, instructed)
		Map<String, Object> mineA = line(a, year);
		assertThat(mineA).containsEntry("PROPOSAL_SUBMITTED", 3).containsEntry("PROPOSAL_REGISTERED", 1)
			.containsEntry("REPORT_SUBMITTED", 1).containsEntry("DECISION", 1);
		Map<String, Object> mineB = line(b, year);
		assertThat(mineB).containsEntry("PROPOSAL_COSIGNED", 1).containsEntry("REPORT_SUBMITTED", 2)
			.containsEntry("REPORT_ADOPTED_DISTRICT", 1).containsEntry("REPORT_ADOPTED_CITY", 1)
			.containsEntry("INSTRUCTED_DISTRICT", 1).containsEntry("DECISION", 1);
	}

	private Map<String, Object> line(Member member, String year) throws Exception {
		String mine = mvc.perform(get("/api/v1/performance/me").param("year", year)
				.header("Authorization", "Bearer " + member.token())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		List<Map<String, Object>> lines = JsonPath.read(mine, "$.members");
		assertThat(lines).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> counts = (Map<String, Object>) lines.get(0).get("counts");
		return counts;
	}

	private long report(String token, String title) throws Exception {
		return id(api(token, "/api/v1/reports", "{\"categoryCode\":\"SOCIAL\",\"title\":\"" + title
				+ "\",\"body\":\"反映的情况\"}").andExpect(status().isCreated()));
	}

	private ResultActions api(String token, String path, String json) throws Exception {
		return mvc.perform(post(path).header("Authorization", SelfServiceClient.bearer(token))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static long id(ResultActions answer) throws Exception {
		return ((Number) JsonPath.read(answer.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

}
