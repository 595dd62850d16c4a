package org.tongxin.demands.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

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
import org.tongxin.demands.figures.FigureCase.Unit;
import org.tongxin.shared.OfficeTime;

/**
 * The figures against a hand count over cases this test writes itself into a park it creates under
 * 竹根镇 (so no other test's cases can count): two child units, a village below one of them, and
 * cases of the park itself; cases on both sides of the period's office-date bounds. Every figure
 * of every row is compared with a count over the fixture in plain Java, and a few with literal
 * numbers worked out by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandFiguresTests {

	private static final String ZHUGEN = "511112100";

	private static final String NIUHUA = "511112101";

	private static final String PERIOD = "&from=2024-03-01&to=2024-03-31";

	private static final LocalDate FAR = LocalDate.of(2099, 12, 31);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private Unit park;

	private Unit a;

	private Unit b;

	private Unit village;

	private String parkCode;

	private final List<FigureCase> cases = new ArrayList<>();

	@BeforeAll
	void createUnitsAndCases() throws Exception {
		String admin = DemoLogins.token(mvc, "admin", adminPassword);
		long zhugen = jdbc.sql("select id from org_unit where code = :c").param("c", ZHUGEN).query(Long.class).single();
		park = unit(admin, zhugen, "PARK", "统计测试园区");
		a = unit(admin, park.id(), "SERVICE_STATION", "统计测试服务站甲");
		b = unit(admin, park.id(), "SERVICE_STATION", "统计测试服务站乙");
		village = unit(admin, a.id(), "OTHER", "统计测试甲下属点");
		parkCode = jdbc.sql("select code from org_unit where id = :id").param("id", park.id()).query(String.class).single();
		LocalDate due = LocalDate.of(2024, 3, 20);
		// closed in time, satisfied
		add(a, a, "POLICY", "CLOSED", "2024-03-05T02:00:00Z", true, due, true, false, "SATISFIED", 0, false, null);
		// closed late after a reopening, basically satisfied; handled by the other station
		add(a, b, "LIVELIHOOD", "CLOSED", "2024-03-06T02:00:00Z", true, due, true, true, "BASIC", 1, false, null);
		// enterprise difficulties solved, with amounts, one of them in the village below station A
		add(a, a, "ENTERPRISE_FINANCE", "CLOSED", "2024-03-07T02:00:00Z", true, due, true, false, "SATISFIED", 0, true,
				new BigDecimal("1500000.50"));
		add(village, village, "ENTERPRISE_OPERATION", "CLOSED", "2024-03-08T02:00:00Z", true, due, true, false,
				"SATISFIED", 0, true, new BigDecimal("250000.25"));
		// waiting to be accepted, its deadline passed (the sweep has not marked it yet)
		add(a, null, "OTHER", "SUBMITTED", "2024-03-09T02:00:00Z", false, null, false, false, null, 0, false, null);
		add(b, null, "POLICY", "DECLINED", "2024-03-10T02:00:00Z", false, null, false, false, null, 0, false, null);
		// answered, not yet rated: an enterprise case whose amount does not count until it is solved
		add(b, b, "ENTERPRISE_FINANCE", "ANSWERED", "2024-03-11T02:00:00Z", true, due, true, false, null, 0, true,
				new BigDecimal("999.00"));
		// handled, past its answer deadline
		add(b, b, "LEGAL", "HANDLING", "2024-03-12T02:00:00Z", true, due, false, false, null, 0, false, null);
		// rated dissatisfied and reopened: a second round with a deadline still ahead
		add(b, b, "LEGAL", "HANDLING", "2024-03-13T02:00:00Z", true, FAR, true, false, "DISSATISFIED", 1, false, null);
		// the park itself, at 00:00 of the first day in the office zone; its deadline ahead
		cases.add(new FigureCase(park, null, "EMPLOYMENT", "SUBMITTED", Instant.parse("2024-02-29T16:00:00Z"), FAR,
				false, null, false, false, null, 0, false, null));
		// one second before the period ends in the office zone: an enterprise case without an amount
		add(b, b, "OTHER", "CLOSED", "2024-03-31T15:59:59Z", true, due, true, false, "SATISFIED", 0, true, null);
		// outside the period, on both sides, by one second
		add(a, a, "POLICY", "CLOSED", "2024-02-29T15:59:59Z", true, due, true, false, "SATISFIED", 0, true,
				new BigDecimal("7.00"));
		add(b, b, "POLICY", "CLOSED", "2024-03-31T16:00:00Z", true, due, true, true, "BASIC", 0, false, null);
		cases.forEach(c -> c.insert(jdbc));
	}

	@Test
	void everyFigureOfEveryRowEqualsAHandCount() throws Exception {
		String body = api("staff", "?unit=" + parkCode + PERIOD);
		assertThat((String) JsonPath.read(body, "$.unitCode")).isEqualTo(parkCode);
		// worked out by hand from the fixture above
		assertThat(number(body, "$.total.received")).isEqualTo(11);
		assertThat(number(body, "$.total.answered")).isEqualTo(7);
		assertThat(number(body, "$.total.answeredOnTime")).isEqualTo(6);
		assertThat(number(body, "$.total.overdue")).isEqualTo(3);
		assertThat(number(body, "$.total.rated")).isEqualTo(6);
		assertThat(number(body, "$.total.satisfied")).isEqualTo(5);
		assertThat(decimal(body, "$.total.satisfactionRate")).isEqualByComparingTo("83.3");
		assertThat(number(body, "$.total.enterpriseSolved")).isEqualTo(3);
		assertThat(decimal(body, "$.total.enterpriseAmount")).isEqualByComparingTo("1750000.75");
		assertThat(number(body, "$.byChildUnit[0].counts.received") + number(body, "$.byChildUnit[1].counts.received"))
			.isEqualTo(10);
		assertThat(number(body, "$.atUnitItself.received")).isEqualTo(1);

		assertCounts(body, "$.total", c -> c.within(park, false));
		assertCounts(body, "$.byChildUnit[?(@.code == '" + code(a) + "')].counts", c -> c.within(a, false));
		assertCounts(body, "$.byChildUnit[?(@.code == '" + code(b) + "')].counts", c -> c.within(b, false));
		assertCounts(body, "$.atUnitItself", c -> c.within(park, false) && !c.within(a, false) && !c.within(b, false));
		List<String> rows = JsonPath.read(body, "$.byChildUnit[*].code");
		assertThat(rows).contains(code(a), code(b));
		for (String category : List.of("POLICY", "LIVELIHOOD", "EMPLOYMENT", "LEGAL", "ENTERPRISE_FINANCE",
				"ENTERPRISE_OPERATION", "OTHER")) {
			assertCounts(body, "$.byCategory[?(@.code == '" + category + "')].counts",
					c -> c.within(park, false) && c.category().equals(category));
		}
		// a station chosen: its village is its row
		String station = api("staff", "?unit=" + code(a) + PERIOD);
		assertCounts(station, "$.byChildUnit[?(@.code == '" + code(village) + "')].counts", c -> c.within(village, false));
		assertCounts(station, "$.total", c -> c.within(a, false));
	}

	/**
	 * Whole months come from the monthly sums, the days around them from the cases: a period with
	 * days before and after a whole month, and one inside a month, give the hand count too.
	 */
	@Test
	void periodsThatAreNotWholeMonthsCountTheSame() throws Exception {
		String around = api("staff", "?unit=" + parkCode + "&from=2024-02-15&to=2024-04-10");
		LocalDate from = LocalDate.of(2024, 2, 15);
		LocalDate to = LocalDate.of(2024, 4, 10);
		assertThat(number(around, "$.total.received")).isEqualTo(13);
		assertCounts(around, "$.total", c -> c.within(park, false), from, to);
		assertCounts(around, "$.byChildUnit[?(@.code == '" + code(b) + "')].counts", c -> c.within(b, false), from, to);
		String handling = api("staff", "?unit=" + parkCode + "&from=2024-02-15&to=2024-04-10&basis=HANDLING");
		assertCounts(handling, "$.total", c -> c.within(park, true), from, to);
		String inside = api("staff", "?unit=" + parkCode + "&from=2024-03-06&to=2024-03-12");
		assertCounts(inside, "$.total", c -> c.within(park, false), LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 12));
		assertThat(number(inside, "$.total.received")).isEqualTo(7);
	}

	/** The monthly sums follow every change of a case: a step, a move to another unit, a deletion. */
	@Test
	void theMonthlySumsFollowChangesOfCases() throws Exception {
		String token = DemoLogins.token(mvc, "admin", adminPassword);
		Unit station = unit(token, park.id(), "SERVICE_STATION", "统计测试服务站丙");
		Unit other = unit(token, park.id(), "SERVICE_STATION", "统计测试服务站丁");
		String query = "?unit=" + parkCode + "&from=2024-05-01&to=2024-05-31";
		FigureCase open = new FigureCase(station, null, "POLICY", "SUBMITTED", Instant.parse("2024-05-06T02:00:00Z"), FAR,
				false, null, false, false, null, 0, true, null);
		open.insert(jdbc);
		long id = jdbc.sql("select max(id) from demands_case where unit_id = :u").param("u", station.id())
			.query(Long.class).single();
		String before = api("staff", query);
		assertThat(number(before, "$.byChildUnit[?(@.code == '" + code(station) + "')].counts.received")).isEqualTo(1);
		assertThat(number(before, "$.total.closed")).isZero();
		jdbc.sql("""
				update demands_case set status = 'CLOSED', accepted_at = submitted_at, handling_unit_id = unit_id,
				  handling_unit_path = unit_path, lead_user_id = 1, due_date = date '2024-05-20',
				  answered_at = submitted_at + interval '1 day', closed_at = submitted_at + interval '2 days',
				  rating = 'BASIC', amount = 12.50 where id = :id""").param("id", id).update();
		String closed = api("staff", query);
		assertThat(number(closed, "$.total.closed")).isEqualTo(1);
		assertThat(number(closed, "$.total.enterpriseSolved")).isEqualTo(1);
		assertThat(decimal(closed, "$.total.enterpriseAmount")).isEqualByComparingTo("12.50");
		assertThat(decimal(closed, "$.total.satisfactionRate")).isEqualByComparingTo("100.0");
		jdbc.sql("update demands_case set unit_id = :u, unit_path = :p where id = :id").param("u", other.id())
			.param("p", other.path()).param("id", id).update();
		String moved = api("staff", query);
		assertThat(number(moved, "$.byChildUnit[?(@.code == '" + code(station) + "')].counts.received")).isZero();
		assertThat(number(moved, "$.byChildUnit[?(@.code == '" + code(other) + "')].counts.closed")).isEqualTo(1);
		jdbc.sql("delete from demands_case where id = :id").param("id", id).update();
		String deleted = api("staff", query);
		assertThat(number(deleted, "$.total.received")).isZero();
		assertThat(decimal(deleted, "$.total.enterpriseAmount")).isEqualByComparingTo("0");
		assertThat((Object) first(deleted, "$.total.satisfactionRate")).isNull();
		assertThat(unitMonthsDifferingFromTheirFinerRows()).as("V45's sums after insert, update, move and delete")
			.isZero();
	}

	/** Rows of demands_figure_unit_month that are not the sum of demands_figure_month's rows of their month and unit. */
	private long unitMonthsDifferingFromTheirFinerRows() {
		return jdbc.sql("""
				with fine as (select month, unit_path, sum(received) r, sum(accepted) a, sum(declined) d, sum(answered) an,
				    sum(answered_on_time) ot, sum(ever_late) l, sum(closed) c, sum(rated) ra, sum(satisfied) sa,
				    sum(reopened) re, sum(enterprise) e, sum(enterprise_solved) es, sum(enterprise_amount) am
				  from demands_figure_month group by 1, 2)
				select count(*) from fine f full join demands_figure_unit_month u using (month, unit_path)
				where (f.r, f.a, f.d, f.an, f.ot, f.l, f.c, f.ra, f.sa, f.re, f.e, f.es, f.am)
				  is distinct from (u.received, u.accepted, u.declined, u.answered, u.answered_on_time, u.ever_late, u.closed,
				    u.rated, u.satisfied, u.reopened, u.enterprise, u.enterprise_solved, u.enterprise_amount)""")
			.query(Long.class).single();
	}

	@Test
	void byHandlingUnitCountsWhereCasesWereAssigned() throws Exception {
		String body = api("staff", "?unit=" + parkCode + PERIOD + "&basis=handling");
		assertThat((String) JsonPath.read(body, "$.basis")).isEqualTo("HANDLING");
		assertCounts(body, "$.total", c -> c.within(park, true));
		assertCounts(body, "$.byChildUnit[?(@.code == '" + code(a) + "')].counts", c -> c.within(a, true));
		assertCounts(body, "$.byChildUnit[?(@.code == '" + code(b) + "')].counts", c -> c.within(b, true));
		assertThat(number(body, "$.total.received")).isEqualTo(8);
	}

	@Test
	void aTownOfficerAsksForHisTownOrBelowAndGetsNotFoundElsewhere() throws Exception {
		String own = api("zhugen", "");
		assertThat((String) JsonPath.read(own, "$.unitCode")).isEqualTo(ZHUGEN);
		assertCounts(api("zhugen", "?unit=" + parkCode + PERIOD), "$.total", c -> c.within(park, false));
		String token = DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		for (String unit : List.of(NIUHUA, "511112", "no-such-unit")) {
			mvc.perform(get("/api/v1/demands/figures?unit=" + unit).header("Authorization", "Bearer " + token))
				.andExpect(status().isNotFound());
		}
		Cookie session = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		// the page keeps its filter bar and says why next to the unit field (a 牛华镇 unit by name too)
		for (String unit : List.of(NIUHUA, "牛华镇")) {
			mvc.perform(get("/demands/figures").param("unit", unit).cookie(session)).andExpect(status().isBadRequest())
				.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("id=\"figures-unit-error\"",
						"不在您的管辖范围内"));
		}
		mvc.perform(get("/demands/figures.xlsx?unit=" + NIUHUA).cookie(session)).andExpect(status().isBadRequest());
	}

	@Test
	void badDatesAreRejectedNamingTheField() throws Exception {
		String token = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String unparsable = mvc.perform(get("/api/v1/demands/figures?from=2024-13-01").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(unparsable, "$.errors[0].field")).isEqualTo("from");
		String reversed = mvc.perform(get("/api/v1/demands/figures?from=2024-03-31&to=2024-03-01")
				.header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(reversed, "$.errors[0].field")).isEqualTo("to");
		assertThat((String) JsonPath.read(reversed, "$.errors[0].message")).contains("2024-03-31").contains("after");
		mvc.perform(get("/api/v1/demands/figures?to=yesterday").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/demands/figures?basis=<b>").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest());
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = mvc.perform(get("/demands/figures?from=2024-03-31&to=<script>").cookie(session))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"figures-to-error\"").contains("无法识别").doesNotContain("“<script>”")
			.contains("value=\"&lt;script&gt;\"");
	}

	/** The period is the one of every figures page: a year asks for the same as its first to last day. */
	@Test
	void aYearAsksForTheWholeYear() throws Exception {
		String byYear = api("staff", "?unit=" + parkCode + "&year=2024");
		String byDates = api("staff", "?unit=" + parkCode + "&from=2024-01-01&to=2024-12-31");
		assertThat(byYear).isEqualTo(byDates);
		assertThat((String) JsonPath.read(byYear, "$.from")).isEqualTo("2024-01-01");
		String token = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String badYear = mvc.perform(get("/api/v1/demands/figures?year=24&basis=<b>").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(badYear, "$.errors[*].field")).containsExactly("year", "basis");
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = mvc.perform(get("/demands/figures?unit=" + parkCode + "&year=2024").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"figures-year\"").contains("value=\"2024\"").contains("2024-12-31");
	}

	@Test
	void thePageShowsTheTableAndTheRateOrADash() throws Exception {
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String html = mvc.perform(get("/demands/figures?unit=" + parkCode + PERIOD).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("诉求办理统计").contains("统计测试服务站甲").contains("83.3%").contains("1,750,000.75")
			.contains("data-code=\"" + code(a) + "\"").contains("figures.xlsx?unit=" + parkCode);
		// nothing rated in the village: a dash, not 0%
		String empty = mvc.perform(get("/demands/figures?unit=" + code(village) + "&from=2020-01-01&to=2020-12-31")
				.cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("id=\"figures-satisfaction\" class=\"fs-3 fw-bold\">—<");
		// defaults: the home unit and the current year
		LocalDate today = OfficeTime.today(clock);
		String defaults = mvc.perform(get("/demands/figures").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(defaults).contains("value=\"" + today.withDayOfYear(1) + "\"")
			.contains("value=\"" + today.withDayOfYear(today.lengthOfYear()) + "\"");
	}

	@Test
	void theWorkbookHoldsTheSameNumbers() throws Exception {
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		var response = mvc.perform(get("/demands/figures.xlsx?unit=" + parkCode + PERIOD).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
		assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
		String body = api("staff", "?unit=" + parkCode + PERIOD);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(1).getCellText(1)).isEqualTo("收到");
			assertSheetRow(find(rows, "统计测试服务站甲"), body, "$.byChildUnit[?(@.code == '" + code(a) + "')].counts");
			assertSheetRow(find(rows, "统计测试服务站乙"), body, "$.byChildUnit[?(@.code == '" + code(b) + "')].counts");
			assertSheetRow(find(rows, "本单位直属及其他"), body, "$.atUnitItself");
			assertSheetRow(find(rows, "合计"), body, "$.total");
			List<Row> categories = workbook.getSheets().toList().get(1).read();
			assertSheetRow(find(categories, "法律服务"), body, "$.byCategory[?(@.code == 'LEGAL')].counts");
			assertSheetRow(find(categories, "合计"), body, "$.total");
		}
	}

	private void assertSheetRow(Row row, String body, String at) {
		List<String> columns = FiguresSheet.COLUMNS;
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			Object value = first(body, at + "." + column);
			String cell = i + 1 < row.getCellCount() && row.getCell(i + 1) != null ? row.getCellRawValue(i + 1).orElse("") : "";
			if (value == null) {
				assertThat(cell).as(column).isEmpty();
			}
			else if ("satisfactionRate".equals(column)) {
				assertThat(new BigDecimal(cell)).as(column).isEqualByComparingTo(new BigDecimal(value.toString()).movePointLeft(2));
			}
			else {
				assertThat(new BigDecimal(cell)).as(column).isEqualByComparingTo(new BigDecimal(value.toString()));
			}
		}
	}

	private static Row find(List<Row> rows, String name) {
		return rows.stream().filter(r -> r.getCellText(0).startsWith(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no row " + name));
	}

	/** Each figure at {@code at} against the same figure counted over the fixture cases that match. */
	private void assertCounts(String body, String at, Predicate<FigureCase> row) {
		assertCounts(body, at, row, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
	}

	/** The same for a period of office dates, counted over the fixture's submission instants. */
	private void assertCounts(String body, String at, Predicate<FigureCase> row, LocalDate from, LocalDate to) {
		LocalDate today = OfficeTime.today(clock);
		List<FigureCase> in = cases.stream()
			.filter(c -> !c.submittedAt().isBefore(OfficeTime.startOf(from))
					&& c.submittedAt().isBefore(OfficeTime.startOf(to.plusDays(1))))
			.filter(row)
			.toList();
		assertThat(number(body, at + ".received")).as(at + " received").isEqualTo(in.size());
		assertThat(number(body, at + ".accepted")).as(at + " accepted").isEqualTo(count(in, FigureCase::accepted));
		assertThat(number(body, at + ".declined")).as(at + " declined").isEqualTo(count(in, c -> c.status().equals("DECLINED")));
		assertThat(number(body, at + ".answered")).as(at + " answered").isEqualTo(count(in, FigureCase::answered));
		assertThat(number(body, at + ".answeredOnTime")).as(at + " on time")
			.isEqualTo(count(in, c -> c.answered() && !c.everLate()));
		assertThat(number(body, at + ".overdue")).as(at + " overdue").isEqualTo(count(in, c -> c.overdue(today)));
		assertThat(number(body, at + ".closed")).as(at + " closed").isEqualTo(count(in, c -> c.status().equals("CLOSED")));
		long rated = count(in, c -> c.rating() != null);
		long satisfied = count(in, c -> "SATISFIED".equals(c.rating()) || "BASIC".equals(c.rating()));
		assertThat(number(body, at + ".rated")).as(at + " rated").isEqualTo(rated);
		assertThat(number(body, at + ".satisfied")).as(at + " satisfied").isEqualTo(satisfied);
		Object rate = first(body, at + ".satisfactionRate");
		if (rated == 0) {
			assertThat(rate).as(at + " rate").isNull();
		}
		else {
			assertThat(new BigDecimal(rate.toString())).as(at + " rate").isEqualByComparingTo(
					BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP));
		}
		assertThat(number(body, at + ".reopened")).as(at + " reopened").isEqualTo(count(in, c -> c.reopened() > 0));
		assertThat(number(body, at + ".enterpriseReceived")).as(at + " enterprise").isEqualTo(count(in, FigureCase::enterprise));
		Predicate<FigureCase> solved = c -> c.enterprise() && c.status().equals("CLOSED");
		assertThat(number(body, at + ".enterpriseSolved")).as(at + " solved").isEqualTo(count(in, solved));
		BigDecimal amount = in.stream().filter(solved).map(FigureCase::amount).filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(new BigDecimal(first(body, at + ".enterpriseAmount").toString())).as(at + " amount")
			.isEqualByComparingTo(amount);
	}

	private static long count(List<FigureCase> cases, Predicate<FigureCase> predicate) {
		return cases.stream().filter(predicate).count();
	}

	private void add(Unit unit, Unit handling, String category, String status, String submitted, boolean accepted,
			LocalDate due, boolean answered, boolean late, String rating, int reopened, boolean enterprise,
			BigDecimal amount) {
		Instant at = Instant.parse(submitted);
		cases.add(new FigureCase(unit, handling, category, status, at, OfficeTime.dateOf(at).plusDays(2), accepted,
				accepted ? due : null, answered, late, rating, reopened, enterprise, amount));
	}

	private Unit unit(String adminToken, long parent, String kind, String name) throws Exception {
		String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/units")
				.header("Authorization", "Bearer " + adminToken).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":" + parent + ",\"kind\":\"" + kind + "\",\"name\":\"" + name + System.nanoTime() % 10000
						+ "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String path = jdbc.sql("select path from org_unit where id = :id").param("id", id).query(String.class).single();
		return new Unit(id, path);
	}

	private String code(Unit unit) {
		return jdbc.sql("select code from org_unit where id = :id").param("id", unit.id()).query(String.class).single();
	}

	private String api(String user, String query) throws Exception {
		String token = DemoLogins.token(mvc, user, DemoLogins.DEMO_PASSWORD);
		return mvc.perform(get("/api/v1/demands/figures" + query).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static long number(String body, String path) {
		return ((Number) first(body, path)).longValue();
	}

	private static BigDecimal decimal(String body, String path) {
		return new BigDecimal(first(body, path).toString());
	}

	/** A value at a path; a filter expression's one-element list is unwrapped. */
	private static Object first(String body, String path) {
		Object value = JsonPath.read(body, path);
		if (value instanceof List<?> list) {
			assertThat(list).as(path).hasSize(1);
			return list.get(0);
		}
		return value;
	}

}
