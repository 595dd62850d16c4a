package org.tongxin.proposals.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

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
import org.tongxin.proposals.ProposalClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;
import org.tongxin.proposals.decisions.Issuer;

/**
 * Decisions by issuer (区委, 区政府, 两办) on the figures equal the decisions this test makes through
 * the API: reports of a member of an association the test creates under 竹根镇, accepted, then
 * answered by decisions of each issuer (one answering two reports, counted once). The figures of the
 * association, of the town and of the district grow by exactly those counts for a period holding
 * today (the year, and today alone), and not at all for last year. Then the demo's 2021: the
 * article's 21 decisions, split across the three issuers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DecisionIssuerFiguresTests {

	private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void decisionsByIssuerEqualTheDecisionsMadeHereForEachUnitAndPeriod() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		String staff = members.token("staff");
		String zhugen = members.token("zhugen");
		String code = "IS" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		LocalDate today = LocalDate.now(OFFICE);
		String year = "year=" + today.getYear();
		String day = "from=" + today + "&to=" + today;
		String lastYear = "year=" + (today.getYear() - 1);
		long town = new ProposalClient(mvc, jdbc).unitId("511112100");
		api(zhugen, "/api/v1/units", "{\"parentId\":" + town + ",\"kind\":\"ASSOCIATION\",\"name\":\"发文统计协会" + code
				+ "\",\"code\":\"" + code + "\"}").andExpect(status().isCreated());
		Member member = members.member(staff, "发文甲", code, "1380008" + code.substring(2, 6));

		List<String> units = List.of(code, "511112100", "511112");
		List<String> periods = List.of(year, day, lastYear);
		Map<String, Map<String, Object>> before = new java.util.HashMap<>();
		for (String unit : units) {
			for (String period : periods) {
				before.put(unit + period, byIssuer(staff, unit, period));
			}
		}

		// six accepted reports; decisions: 3 of the committee (one answering two reports), 1 government, 1 joint
		long[] reports = new long[6];
		for (int i = 0; i < reports.length; i++) {
			reports[i] = id(api(member.token(), "/api/v1/reports", "{\"categoryCode\":\"SOCIAL\",\"title\":\"发文统计信息"
					+ i + "\",\"body\":\"反映的情况\"}").andExpect(status().isCreated()));
			api(staff, "/api/v1/reports/" + reports[i] + "/accept", "{\"version\":0}").andExpect(status().isOk());
		}
		List<Issuer> issuers = List.of(Issuer.PARTY_COMMITTEE, Issuer.PARTY_COMMITTEE, Issuer.GOVERNMENT, Issuer.JOINT,
				Issuer.PARTY_COMMITTEE);
		Map<Issuer, Long> made = new EnumMap<>(Issuer.class);
		long first = 0;
		for (int i = 0; i < issuers.size(); i++) {
			long decision = id(api(staff, "/api/v1/decisions", "{\"issuer\":\"" + issuers.get(i) + "\",\"reference\":\"发文〔"
					+ code + "〕" + i + "号\",\"title\":\"发文统计决策" + i + "\",\"decidedOn\":\"" + today + "\"}")
				.andExpect(status().isCreated()));
			api(staff, "/api/v1/decisions/" + decision + "/sources", "{\"kind\":\"REPORT\",\"sourceId\":\"" + reports[i] + "\"}")
				.andExpect(status().isCreated());
			made.merge(issuers.get(i), 1L, Long::sum);
			first = i == 0 ? decision : first;
		}
		// the first decision answers a second report of the same unit: still one decision of the committee
		api(staff, "/api/v1/decisions/" + first + "/sources", "{\"kind\":\"REPORT\",\"sourceId\":\"" + reports[5] + "\"}")
			.andExpect(status().isCreated());

		for (String unit : units) {
			for (String period : periods) {
				Map<String, Object> after = byIssuer(staff, unit, period);
				Map<String, Object> was = before.get(unit + period);
				boolean holdsToday = !period.equals(lastYear);
				for (Issuer issuer : Issuer.values()) {
					long expected = holdsToday ? made.getOrDefault(issuer, 0L) : 0;
					assertThat(number(after, key(issuer)) - number(was, key(issuer))).as("%s %s %s", unit, period, issuer)
						.isEqualTo(expected);
				}
				assertThat(number(after, "partyCommittee") + number(after, "government") + number(after, "joint"))
					.as("%s %s the three add up", unit, period).isEqualTo(number(after, "decisions"));
			}
		}
		assertThat(byIssuer(staff, code, year)).containsEntry("partyCommittee", 3).containsEntry("government", 1)
			.containsEntry("joint", 1).containsEntry("decisions", 5);

		// the page shows the split under the decisions card
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = mvc.perform(get("/proposal-figures?unit=" + code + "&" + year).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"figures-decisions-by-issuer\"")
			.containsPattern("data-issuer=\"PARTY_COMMITTEE\">区委\\s*<strong>3</strong>")
			.containsPattern("data-issuer=\"GOVERNMENT\">区政府\\s*<strong>1</strong>")
			.containsPattern("data-issuer=\"JOINT\">两办\\s*<strong>1</strong>");
	}

	@Test
	void theDemoYear2021HoldsTheArticles21DecisionsSplitByIssuer() throws Exception {
		String staff = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		Map<String, Object> district = byIssuer(staff, "511112", "year=2021");
		assertThat(district).containsEntry("decisions", 21).containsEntry("partyCommittee", 9)
			.containsEntry("government", 7).containsEntry("joint", 5);
	}

	private static String key(Issuer issuer) {
		return switch (issuer) {
			case PARTY_COMMITTEE -> "partyCommittee";
			case GOVERNMENT -> "government";
			case JOINT -> "joint";
		};
	}

	/** The total's decisions and their split by issuer, as one map. */
	private Map<String, Object> byIssuer(String token, String unit, String period) throws Exception {
		String body = mvc.perform(get("/api/v1/proposal-figures?unit=" + unit + "&" + period)
				.header("Authorization", "Bearer " + token)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Map<String, Object> split = new java.util.HashMap<>(JsonPath.read(body, "$.total.decisionsByIssuer"));
		split.put("decisions", JsonPath.read(body, "$.total.decisions"));
		return split;
	}

	private static long number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).longValue();
	}

	private ResultActions api(String token, String path, String json) throws Exception {
		return mvc.perform(post(path).header("Authorization", SelfServiceClient.bearer(token))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static long id(ResultActions answer) throws Exception {
		return ((Number) JsonPath.read(answer.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

}
