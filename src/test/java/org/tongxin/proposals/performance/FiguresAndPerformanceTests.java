package org.tongxin.proposals.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.proposals.performance.ProposalRows.UnitRef;

/**
 * Figures and duty performance against a fixture of 2011 (a year no other test writes) in a park
 * this test creates under 竹根镇, with a service station and a democratic-party organisation below
 * it, and members whose person ids are this run's own: every number is worked out by hand below.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresAndPerformanceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private String parkCode;

	private String stationCode;

	private String partyCode;

	private long party;

	private long station;

	private long m1;

	private long m2;

	private long m3;

	private long sessionId;

	@BeforeAll
	void fixture() throws Exception {
		String admin = DemoLogins.token(mvc, "admin", adminPassword);
		long zhugen = jdbc.sql("select id from org_unit where code = '511112100'").query(Long.class).single();
		UnitRef park = unit(admin, zhugen, "PARK", "积分测试园区");
		UnitRef a = unit(admin, park.id(), "SERVICE_STATION", "积分测试服务站");
		UnitRef d = unit(admin, park.id(), "DEMOCRATIC_PARTY", "积分测试党派支部");
		parkCode = code(park.id());
		stationCode = code(a.id());
		partyCode = code(d.id());
		party = d.id();
		station = a.id();
		long base = 900_000_000L + (System.nanoTime() % 1_000_000L) * 10;
		m1 = base + 1;
		m2 = base + 2;
		m3 = base + 3;
		ProposalRows rows = new ProposalRows(jdbc);
		// m1 at the station: registered in March, co-signed by m2 (signed) and m3 (not signed)
		long p1 = rows.proposal(m1, "委员甲", a, "REGISTERED", "2011-03-01T02:00:00Z", null, "提案一", "正文");
		rows.event(p1, "REGISTERED", "2011-03-10T02:00:00Z");
		rows.coSigner(p1, m2, "委员乙", true);
		rows.coSigner(p1, m3, "委员丙", false);
		// the organisation's, declined
		long p2 = rows.proposal(null, "积分测试党派支部", d, "DECLINED", "2011-04-01T02:00:00Z", null, "提案二", "正文");
		rows.event(p2, "DECLINED", "2011-04-05T02:00:00Z");
		// 00:00 of 2011-01-01 in the office zone: in 2011; registered, replied and closed; its decision is of 2012
		long p3 = rows.proposal(m1, "委员甲", a, "CLOSED", "2010-12-31T16:00:00Z", null, "提案三", "正文");
		rows.event(p3, "REGISTERED", "2011-01-05T02:00:00Z");
		rows.event(p3, "REPLIED", "2011-02-01T02:00:00Z");
		rows.event(p3, "CLOSED", "2011-02-10T02:00:00Z");
		// one second earlier: 2010
		rows.proposal(m1, "委员甲", a, "SUBMITTED", "2010-12-31T15:59:59Z", null, "提案四", "正文");
		// m2 at the park itself, merged into p1
		long p5 = rows.proposal(m2, "委员乙", park, "MERGED", "2011-05-01T02:00:00Z", p1, "提案五", "正文");
		rows.event(p5, "MERGED", "2011-05-02T02:00:00Z");
		// m2's report: accepted, adopted by the district and the city, instructed by a city leader
		long r1 = rows.report(m2, "委员乙", a, "2011-06-01T02:00:00Z", "2011-06-02T02:00:00Z", "信息一", "正文");
		rows.adoption(r1, "DISTRICT", LocalDate.of(2011, 6, 10));
		rows.adoption(r1, "CITY", LocalDate.of(2011, 7, 1));
		rows.instruction(r1, "CITY", LocalDate.of(2011, 7, 5));
		// the organisation's report: accepted; adopted by the province only in 2012
		long r2 = rows.report(null, "积分测试党派支部", d, "2011-06-03T02:00:00Z", "2011-06-04T02:00:00Z", "信息二", "正文");
		rows.adoption(r2, "PROVINCE", LocalDate.of(2012, 1, 5));
		// d1 gathers p1 and r1 (both of the station) and has two results; d2 takes r2; d3 (2012) takes p3
		long d1 = rows.decision(LocalDate.of(2011, 8, 1));
		rows.source(d1, "PROPOSAL", p1);
		rows.source(d1, "REPORT", r1);
		rows.result(d1, 100);
		rows.result(d1, 50);
		long d2 = rows.decision(LocalDate.of(2011, 9, 1));
		rows.source(d2, "REPORT", r2);
		long d3 = rows.decision(LocalDate.of(2012, 1, 1));
		rows.source(d3, "PROPOSAL", p3);
		// a session of 2011 with points of its own
		String created = mvc.perform(post("/api/v1/proposal-scoring/sessions").header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"积分测试届%d","startsOn":"2011-01-01","endsOn":"2011-12-31",
						 "points":{"PROPOSAL_SUBMITTED":"1","PROPOSAL_COSIGNED":"0.5","PROPOSAL_REGISTERED":"2",
						 "REPORT_SUBMITTED":"1","REPORT_ADOPTED_DISTRICT":"2","REPORT_ADOPTED_CITY":"3",
						 "INSTRUCTED_CITY":"5","DECISION":"10"}}""".formatted(base)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		sessionId = ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	@Test
	void figuresOfTheYearEqualAHandCount() throws Exception {
		String body = api("staff", "/api/v1/proposal-figures?unit=" + parkCode + "&year=2011");
		assertThat(JsonPath.<String>read(body, "$.from")).isEqualTo("2011-01-01");
		Map<String, Object> total = JsonPath.read(body, "$.total");
		assertThat(total).containsEntry("proposalsSubmitted", 4).containsEntry("proposalsRegistered", 2)
			.containsEntry("proposalsDeclined", 1).containsEntry("proposalsMerged", 1).containsEntry("proposalsReplied", 1)
			.containsEntry("proposalsClosed", 1).containsEntry("reportsSubmitted", 2).containsEntry("reportsAccepted", 2)
			.containsEntry("adoptedDistrict", 1).containsEntry("adoptedCity", 1).containsEntry("adoptedProvince", 0)
			.containsEntry("instructedCity", 1).containsEntry("decisions", 2).containsEntry("results", 2)
			.containsEntry("resultsCompleted", 1);
		assertThat(((Number) total.get("averageProgress")).doubleValue()).isEqualTo(75.0);
		Map<String, Object> stationRow = row(body, "$.byChildUnit", stationCode);
		assertThat(stationRow).containsEntry("proposalsSubmitted", 2).containsEntry("reportsSubmitted", 1)
			.containsEntry("decisions", 1).containsEntry("results", 2);
		assertThat(JsonPath.<Integer>read(body, "$.atUnitItself.proposalsSubmitted")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(body, "$.atUnitItself.decisions")).isZero();
		// the party organisation: as a child unit and in the party rows
		Map<String, Object> partyRow = row(body, "$.byParty", partyCode);
		assertThat(partyRow).containsEntry("proposalsSubmitted", 1).containsEntry("proposalsDeclined", 1)
			.containsEntry("reportsSubmitted", 1).containsEntry("decisions", 1).containsEntry("results", 0);
		assertThat(partyRow.get("averageProgress")).isNull();
		assertThat(JsonPath.<List<Object>>read(body, "$.byParty")).hasSize(1);
	}

	@Test
	void theYearFilterMovesThePeriod() throws Exception {
		String y2010 = api("staff", "/api/v1/proposal-figures?unit=" + parkCode + "&year=2010");
		assertThat(JsonPath.<Integer>read(y2010, "$.total.proposalsSubmitted")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(y2010, "$.total.decisions")).isZero();
		String y2012 = api("staff", "/api/v1/proposal-figures?unit=" + parkCode + "&from=2012-01-01&to=2012-12-31");
		assertThat(JsonPath.<Integer>read(y2012, "$.total.adoptedProvince")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(y2012, "$.total.decisions")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(y2012, "$.total.proposalsSubmitted")).isZero();
	}

	@Test
	void dutyPerformanceWeighsTheSessionsPoints() throws Exception {
		String body = api("staff", "/api/v1/performance?session=" + sessionId);
		assertThat(JsonPath.<String>read(body, "$.to")).isEqualTo("2011-12-31");
		Map<String, Object> one = line(body, "$.members", m1);
		// two submitted (1 each), two registered (2 each), one decision (10)
		assertThat((Map<String, Object>) one.get("counts")).containsEntry("PROPOSAL_SUBMITTED", 2)
			.containsEntry("PROPOSAL_REGISTERED", 2).containsEntry("DECISION", 1).doesNotContainKey("PROPOSAL_COSIGNED");
		assertThat(((Number) one.get("score")).doubleValue()).isEqualTo(16.0);
		Map<String, Object> two = line(body, "$.members", m2);
		// co-signed 0.5, submitted 1, report 1, adopted district 2 and city 3, city instruction 5, decision 10
		assertThat((Map<String, Object>) two.get("counts")).containsEntry("PROPOSAL_COSIGNED", 1)
			.containsEntry("PROPOSAL_SUBMITTED", 1).containsEntry("REPORT_SUBMITTED", 1)
			.containsEntry("REPORT_ADOPTED_DISTRICT", 1).containsEntry("REPORT_ADOPTED_CITY", 1)
			.containsEntry("INSTRUCTED_CITY", 1).containsEntry("DECISION", 1);
		assertThat(((Number) two.get("score")).doubleValue()).isEqualTo(22.5);
		assertThat((Integer) two.get("rank")).isLessThan((Integer) one.get("rank"));
		// an unsigned co-signer earns nothing
		assertThat(JsonPath.<List<Object>>read(body, "$.members[?(@.id == " + m3 + ")]")).isEmpty();
		// the organisation: a proposal, a report, a decision; the station is no party organisation
		Map<String, Object> org = line(body, "$.organisations", party);
		assertThat(((Number) org.get("score")).doubleValue()).isEqualTo(12.0);
		assertThat(JsonPath.<List<Object>>read(body, "$.organisations[?(@.id == " + station + ")]")).isEmpty();
		// the default points (第九届 … the newest covering 2011 is this session, so ask by period with 第九届's id)
		long ninth = jdbc.sql("select id from proposals_session where name = '第九届'").query(Long.class).single();
		String byDefault = api("staff", "/api/v1/performance?session=" + ninth + "&year=2011");
		assertThat(((Number) line(byDefault, "$.members", m2).get("score")).doubleValue()).isEqualTo(22.5);
	}

	@Test
	void pagesExportsAndRefusals() throws Exception {
		var staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = mvc.perform(get("/proposal-figures").param("unit", parkCode).param("year", "2011").cookie(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("积分测试服务站", "积分测试党派支部", "id=\"figures-decisions\"");
		String badYear = mvc.perform(get("/proposal-figures").param("year", "20x1").cookie(staff))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		// the period fields name the bad one and keep what was typed
		assertThat(badYear).containsPattern("id=\"figures-year\"[^>]*is-invalid|is-invalid[^>]*id=\"figures-year\"")
			.contains("value=\"20x1\"").contains("id=\"figures-from\"").containsPattern("type=\"date\"[^>]*id=\"figures-from\"|id=\"figures-from\"[^>]*type=\"date\"");
		mvc.perform(get("/performance").param("session", String.valueOf(sessionId)).cookie(staff))
			.andExpect(status().isOk());
		String badOrder = mvc.perform(get("/performance").param("from", "2011-05-01").param("to", "2011-01-01").cookie(staff))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(badOrder).contains("value=\"2011-05-01\"").contains("value=\"2011-01-01\"").contains("is-invalid");
		byte[] xlsx = mvc.perform(get("/proposal-figures.xlsx").param("unit", parkCode).param("year", "2011").cookie(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row totalRow = rows.get(rows.size() - 1);
			assertThat(totalRow.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(4);
		}
		byte[] ranking = mvc.perform(get("/performance.xlsx").param("session", String.valueOf(sessionId)).cookie(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ranking))) {
			assertThat(workbook.getFirstSheet().read()).anySatisfy(r -> assertThat(r.getCellText(1)).isEqualTo("委员乙"));
		}
		// the API: a bad year names its field; a town officer (no PROPOSAL_VIEW) is refused
		String token = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/api/v1/proposal-figures").param("year", "abc").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("\"year\""));
		String zhugen = DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/api/v1/proposal-figures").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/performance").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/proposal-figures").param("unit", "NO-SUCH-UNIT").header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMemberSeesOnlyTheirOwnLine() throws Exception {
		Long person = jdbc.sql("select a.person_id from members_person_account a join identity_user u on u.id = a.user_id"
				+ " where u.username = 'member'").query(Long.class).optional().orElse(null);
		String member = DemoLogins.token(mvc, "member", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/api/v1/performance").header("Authorization", "Bearer " + member))
			.andExpect(status().isForbidden());
		String mine = mvc.perform(get("/api/v1/performance/me").param("session", String.valueOf(sessionId))
				.header("Authorization", "Bearer " + member)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<Map<String, Object>> lines = JsonPath.read(mine, "$.members");
		assertThat(lines).allSatisfy(l -> assertThat(((Number) l.get("id")).longValue()).isEqualTo(person));
		assertThat(JsonPath.<List<Object>>read(mine, "$.organisations")).isEmpty();
		var session = DemoLogins.login(mvc, "member", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/performance/me").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/performance").cookie(session)).andExpect(status().isForbidden());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> row(String body, String list, String code) {
		List<Map<String, Object>> rows = JsonPath.read(body, list + "[?(@.code == '" + code + "')]");
		assertThat(rows).as(code).hasSize(1);
		return (Map<String, Object>) rows.get(0).get("counts");
	}

	private static Map<String, Object> line(String body, String list, long id) {
		List<Map<String, Object>> lines = JsonPath.read(body, list + "[?(@.id == " + id + ")]");
		assertThat(lines).as(list + " " + id).hasSize(1);
		return lines.get(0);
	}

	private String api(String user, String url) throws Exception {
		String token = DemoLogins.token(mvc, user, DemoLogins.DEMO_PASSWORD);
		return mvc.perform(get(url).header("Authorization", "Bearer " + token)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	private UnitRef unit(String adminToken, long parent, String kind, String name) throws Exception {
		String body = mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + adminToken)
				.contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + parent + ",\"kind\":\"" + kind
						+ "\",\"name\":\"" + name + System.nanoTime() % 10000 + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String path = jdbc.sql("select path from org_unit where id = :id").param("id", id).query(String.class).single();
		return new UnitRef(id, path);
	}

	private String code(long id) {
		return jdbc.sql("select code from org_unit where id = :id").param("id", id).query(String.class).single();
	}

}
