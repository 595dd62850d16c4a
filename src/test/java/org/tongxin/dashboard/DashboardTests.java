package org.tongxin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

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
import org.tongxin.demands.DemandClient;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;
import org.tongxin.proposals.ProposalClient;

/**
 * The dashboard's figures are counts of records made here through the modules' own services: for a
 * unit created here (exactly what was made), for its town and the district (by what was added), for
 * the year and a month, against a period before the records (nothing). A town officer sees only his
 * town; bad input is a 400 naming the field; a unit outside the scope is 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardTests {

	private static final String TOWN = "511112100";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private SelfServiceClient members;

	private String staff;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		members = new SelfServiceClient(mvc);
		staff = members.token("staff");
		zhugen = members.token("zhugen");
	}

	@Test
	void everyFigureIsACountOfTheRecordsMadeThroughTheModules() throws Exception {
		ProposalClient proposals = new ProposalClient(mvc, jdbc);
		DemandClient demands = new DemandClient(mvc, jdbc);
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		Map<String, Double> districtBefore = figures(staff, "year=" + year);
		Map<String, Double> townBefore = figures(zhugen, "year=" + year);

		String code = "DB" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		post(zhugen, "/api/v1/units", "{\"parentId\":" + proposals.unitId(TOWN) + ",\"kind\":\"ASSOCIATION\",\"name\":\"看板协会"
				+ code + "\",\"code\":\"" + code + "\"}").andExpect(status().isCreated());
		Member a = members.member(staff, "看板甲", code, "1380008" + code.substring(2, 6));
		Member b = members.member(staff, "看板乙", code, "1380009" + code.substring(2, 6));
		for (Member m : List.of(a, a, b)) {
			demands.submitted(m.token(), "{\"categoryCode\":\"POLICY\",\"title\":\"看板诉求\",\"description\":\"想了解政策。\"}");
		}
		for (String title : List.of("看板建言一", "看板建言二")) {
			long p = proposals.drafted(a.token(), title);
			proposals.versioned(a.token(), p, "submit", "").andExpect(status().isOk());
		}

		Map<String, Double> unit = figures(staff, "unit=" + code + "&year=" + year);
		assertThat(unit).containsEntry("members/member.dashboard.people", 2.0)
			.containsEntry("members/member.dashboard.withoutLiaison", 2.0)
			.containsEntry("demands/demand.dashboard.received", 3.0)
			.containsEntry("demands/demand.dashboard.overdue", 0.0)
			.containsEntry("proposals/proposal.dashboard.proposals", 2.0)
			.containsEntry("proposals/proposal.dashboard.reports", 0.0)
			.containsEntry("difficulties/demand.dashboard.enterpriseReceived", 0.0);
		int month = LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue();
		assertThat(figures(staff, "unit=" + code + "&year=" + year + "&month=" + month))
			.as("the month the records were made in").containsEntry("demands/demand.dashboard.received", 3.0)
			.containsEntry("proposals/proposal.dashboard.proposals", 2.0);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(figures(staff, "unit=" + code + "&from=" + today.minusYears(2) + "&to=" + today.minusYears(1)))
			.as("a period before the records").containsEntry("demands/demand.dashboard.received", 0.0)
			.containsEntry("members/member.dashboard.people", 0.0)
			.containsEntry("proposals/proposal.dashboard.proposals", 0.0);
		String answer = api(staff, "unit=" + code + "&year=" + year).andReturn().getResponse().getContentAsString();
		// the registry's trend: nobody of the new unit at the end of last month, both at the end of this one
		List<Object> people = JsonPath.read(answer, "$.sections[?(@.module == 'members')].trend.points[*].value");
		assertThat(people.subList(people.size() - 2, people.size()).stream().map(v -> ((Number) v).intValue()))
			.containsExactly(0, 2);
		List<Object> lastYear = JsonPath.read(answer, "$.sections[?(@.module == 'demands')].figures[0].lastYear");
		assertThat(lastYear).containsExactly(0);
		List<String> links = JsonPath.read(answer, "$.sections[?(@.module == 'demands')].figures[0].link");
		// the year under way counts up to today
		assertThat(links).containsExactly("/demands?unit=" + code + "&from=" + year + "-01-01&to="
				+ LocalDate.now(ZoneId.of("Asia/Shanghai")) + "&figure=RECEIVED");

		jakarta.servlet.http.Cookie session = org.tongxin.DemoLogins.login(mvc, "staff", org.tongxin.DemoLogins.DEMO_PASSWORD);
		byte[] xlsx = mvc.perform(get("/dashboard.xlsx").param("unit", code).param("year", String.valueOf(year))
				.cookie(session).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			Map<String, String> proposalsSheet = new HashMap<>();
			book.getSheets().filter(sheet -> sheet.getName().equals("建言献策")).findFirst().orElseThrow().read()
				.forEach(row -> proposalsSheet.put(row.getCellText(0), row.getCellText(1)));
			assertThat(proposalsSheet).containsEntry("提交提案", "2").containsEntry("社情民意信息", "0");
			assertThat(book.getSheets().count()).isEqualTo(4);
		}

		for (Map.Entry<String, Map<String, Double>> scope : Map.of("district", districtBefore, "town", townBefore).entrySet()) {
			Map<String, Double> after = figures(scope.getKey().equals("district") ? staff : zhugen, "year=" + year);
			assertThat(after.get("members/member.dashboard.people") - scope.getValue().get("members/member.dashboard.people"))
				.as(scope.getKey()).isEqualTo(2.0);
			assertThat(after.get("demands/demand.dashboard.received") - scope.getValue().get("demands/demand.dashboard.received"))
				.as(scope.getKey()).isEqualTo(3.0);
		}
	}

	@Test
	void everyDemandCountLinksToExactlyTheCasesItCounts() throws Exception {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		for (String token : List.of(staff, zhugen)) {
			String answer = api(token, "year=" + year).andReturn().getResponse().getContentAsString();
			int followed = 0;
			for (String module : List.of("demands", "difficulties")) {
				List<Map<String, Object>> counted = JsonPath.read(answer, "$.sections[?(@.module == '" + module
						+ "')].figures[?(@.kind == 'COUNT')]");
				List<Map<String, Object>> points = JsonPath.read(answer, "$.sections[?(@.module == '" + module
						+ "')]['trend','byUnit'].points[*]");
				for (Map<String, Object> f : concat(counted, points)) {
					String link = (String) f.get("link");
					assertThat(link).startsWith("/demands?");
					String list = mvc.perform(get("/api/v1" + link + "&size=1").header("Authorization", "Bearer " + token))
						.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
					assertThat(((Number) JsonPath.read(list, "$.total")).longValue()).as(link)
						.isEqualTo(((Number) f.get("value")).longValue());
					followed++;
				}
			}
			assertThat(followed).isGreaterThan(20);
		}
		String answer = api(staff, "year=" + year).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> submitted = JsonPath.read(answer, "$.sections[?(@.module == 'proposals')]"
				+ ".figures[?(@.label in ['proposal.dashboard.proposals', 'proposal.dashboard.reports'])]");
		List<Map<String, Object>> points = JsonPath.read(answer, "$.sections[?(@.module == 'proposals')]['trend','byUnit'].points[*]");
		assertThat(submitted).hasSize(2);
		for (Map<String, Object> f : concat(submitted, points)) {
			String link = (String) f.get("link");
			String list = mvc.perform(get("/api/v1" + link + "&size=1").header("Authorization", "Bearer " + staff))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(((Number) JsonPath.read(list, "$.total")).longValue()).as(link)
				.isEqualTo(((Number) f.get("value")).longValue());
		}
	}

	private static List<Map<String, Object>> concat(List<Map<String, Object>> a, List<Map<String, Object>> b) {
		List<Map<String, Object>> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	@Test
	void aTownOfficerSeesOnlyHisTown() throws Exception {
		api(zhugen, "").andExpect(status().isOk()).andExpect(jsonPath("$.unitCode").value(TOWN))
			.andExpect(jsonPath("$.sections[?(@.module == 'members')].byUnit.points[*].name")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("牛华镇"))));
		api(zhugen, "unit=511112101").andExpect(status().isNotFound());
		api(zhugen, "unit=511112").andExpect(status().isNotFound());
		api(staff, "unit=511112101").andExpect(status().isOk()).andExpect(jsonPath("$.unitName").value("牛华镇"));
	}

	@Test
	void badInputIsNamedAndNeverA500() throws Exception {
		Map<String, String> refusals = new HashMap<>();
		refusals.put("quarter=5", "quarter");
		refusals.put("month=abc", "month");
		refusals.put("year=2021&quarter=1&month=2", "month");
		refusals.put("year=99999", "year");
		refusals.put("from=2021-13-01", "from");
		refusals.put("from=2022-01-01&to=2021-01-01", "to");
		for (Map.Entry<String, String> bad : refusals.entrySet()) {
			api(staff, bad.getKey()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad.getValue()));
		}
		for (String unit : List.of("<script>", "%00", "x".repeat(2000))) {
			assertThat(api(staff, "unit=" + unit).andReturn().getResponse().getStatus()).as(unit).isIn(400, 404);
		}
		jakarta.servlet.http.Cookie session = org.tongxin.DemoLogins.login(mvc, "staff", org.tongxin.DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/dashboard/sections/nothing").cookie(session)).andExpect(status().isNotFound());
		mvc.perform(get("/dashboard").param("quarter", "9").cookie(session)).andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("季度应为 1 到 4 之间的整数。")));
		mvc.perform(get("/dashboard/sections/demands").param("unit", "%00").cookie(session))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aLeaderWhoOnlyReadsStartsOnTheDashboardAndStaffOnTheHomePage() throws Exception {
		jakarta.servlet.http.Cookie leader = org.tongxin.DemoLogins.login(mvc, "leader", org.tongxin.DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/").cookie(leader)).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/dashboard"));
		jakarta.servlet.http.Cookie staffSession = org.tongxin.DemoLogins.login(mvc, "staff", org.tongxin.DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/").cookie(staffSession)).andExpect(status().isOk());
		String page = mvc.perform(get("/dashboard").param("year", "2021").cookie(staffSession).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/dashboard/sections/proposals?unit=511112&amp;year=2021")
			.contains("data-failed=\"这一部分暂时无法加载，请刷新页面重试。\"").contains("/dashboard.xlsx?unit=511112&amp;year=2021");
	}

	@Test
	void aUserWithoutAnySectionHasNoDashboard() throws Exception {
		Member member = members.member(staff, "看板丙", SelfServiceClient.ZHUGEN_VILLAGE, "13800099001");
		api(member.token(), "").andExpect(status().isNotFound());
	}

	/** Every figure's value for the question, keyed module/label. */
	private Map<String, Double> figures(String token, String query) throws Exception {
		String body = api(token, query).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Map<String, Double> values = new HashMap<>();
		List<Map<String, Object>> sections = JsonPath.read(body, "$.sections");
		for (Map<String, Object> section : sections) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> figures = (List<Map<String, Object>>) section.get("figures");
			for (Map<String, Object> f : figures) {
				Object value = f.get("value");
				values.put(section.get("module") + "/" + f.get("label"), value == null ? null : ((Number) value).doubleValue());
			}
		}
		return values;
	}

	/**
	 * What a period is compared with is that period counted on its own: the proposals read a period
	 * and the one before it together (one pass), the others one after the other.
	 */
	@Test
	void aComparisonIsThePeriodBeforeCountedOnItsOwn() throws Exception {
		String[][] pairs = { { "year=2021", "year=2020" }, { "year=2021&quarter=2", "year=2021&quarter=1" },
				{ "year=2021&month=1", "year=2020&month=12" }, { "from=2021-03-10&to=2021-05-20", "from=2020-12-28&to=2021-03-09" } };
		for (String[] pair : pairs) {
			String now = api(staff, "unit=511112&" + pair[0]).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			String before = api(staff, "unit=511112&" + pair[1]).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			for (String module : List.of("members", "demands", "difficulties", "proposals")) {
				List<Object> previous = JsonPath.read(now, "$.sections[?(@.module == '" + module + "')].figures[*].previous");
				List<Object> values = JsonPath.read(before, "$.sections[?(@.module == '" + module + "')].figures[*].value");
				assertThat(previous).as(module + " " + pair[0]).isEqualTo(values).isNotEmpty();
			}
		}
	}

	private ResultActions api(String token, String query) throws Exception {
		return mvc.perform(get("/api/v1/dashboard?" + query).header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN"));
	}

	private ResultActions post(String token, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
