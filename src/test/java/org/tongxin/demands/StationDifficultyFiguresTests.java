package org.tongxin.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.tongxin.DemoLogins;
import org.tongxin.enterprises.EnterpriseClient;
import org.tongxin.shared.OfficeTime;

/**
 * Enterprise difficulties received at the service station (同心服务站) count to the station and to
 * its park, and those solved count with their amounts, equal to the cases this test takes through
 * the API: three at the station (two solved with amounts, one waiting) and one brought to the
 * town for the same enterprise. The figures of the station, the park, the town (竹根镇) and the
 * district grow by exactly those for this year and today alone, not for last year. Then the demo's
 * 2021: the article's 103 difficulties solved, raising just over 50亿元, all at the station.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StationDifficultyFiguresTests {

	private static final String STATION = "SS-XXGY";

	private static final String PARK = "PARK-XXGY";

	private static final String TOWN = "511112100";

	private static final String DISTRICT = "511112";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void difficultiesAtTheStationCountToTheStationAndItsParkWithTheirAmounts() throws Exception {
		DemandClient demands = new DemandClient(mvc, jdbc);
		String staff = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		long staffId = demands.userId("staff");
		LocalDate today = OfficeTime.today(clock);
		List<String> units = List.of(STATION, PARK, TOWN, DISTRICT);
		List<String> periods = List.of("year=" + today.getYear(), "from=" + today + "&to=" + today,
				"year=" + (today.getYear() - 1));
		Map<String, Map<String, BigDecimal>> before = new HashMap<>();
		for (String unit : units) {
			for (String period : periods) {
				before.put(unit + period, enterpriseFigures(staff, unit, period));
			}
		}
		long enterprise = enterprise(staff);
		long category = jdbc.sql("select id from demands_category where code = 'ENTERPRISE_FINANCE'").query(Long.class)
			.single();
		String atStation = "{\"categoryId\":" + category + ",\"title\":\"服务站融资\",\"description\":\"流动资金紧张\","
				+ "\"enterpriseId\":" + enterprise + ",\"stationCode\":\"" + STATION + "\"}";
		long solvedA = demands.submitted(staff, atStation);
		long solvedB = demands.submitted(staff, atStation);
		long waiting = demands.submitted(staff, atStation);
		long inTown = demands.submitted(staff, atStation.replace(",\"stationCode\":\"" + STATION + "\"", ""));
		assertThat(jdbc.sql("select count(*) from demands_case c join org_unit u on u.id = c.unit_id"
				+ " where c.id in (:ids) and u.code = :station")
			.param("ids", List.of(solvedA, solvedB, waiting)).param("station", STATION).query(Long.class).single())
			.isEqualTo(3);
		solve(demands, staff, staffId, solvedA, "123456789.12");
		solve(demands, staff, staffId, solvedB, "50000000.00");
		solve(demands, staff, staffId, inTown, "3000000.50");

		Map<String, long[]> expected = Map.of(STATION, new long[] { 3, 2 }, PARK, new long[] { 3, 2 },
				TOWN, new long[] { 1, 1 }, DISTRICT, new long[] { 4, 3 });
		Map<String, BigDecimal> amounts = Map.of(STATION, new BigDecimal("173456789.12"),
				PARK, new BigDecimal("173456789.12"), TOWN, new BigDecimal("3000000.50"),
				DISTRICT, new BigDecimal("176456789.62"));
		for (String unit : units) {
			for (String period : periods) {
				Map<String, BigDecimal> was = before.get(unit + period);
				Map<String, BigDecimal> now = enterpriseFigures(staff, unit, period);
				boolean holdsToday = !period.equals(periods.get(2));
				String as = unit + " " + period;
				assertThat(now.get("enterpriseReceived").subtract(was.get("enterpriseReceived"))).as(as + " received")
					.isEqualByComparingTo(BigDecimal.valueOf(holdsToday ? expected.get(unit)[0] : 0));
				assertThat(now.get("enterpriseSolved").subtract(was.get("enterpriseSolved"))).as(as + " solved")
					.isEqualByComparingTo(BigDecimal.valueOf(holdsToday ? expected.get(unit)[1] : 0));
				assertThat(now.get("enterpriseAmount").subtract(was.get("enterpriseAmount"))).as(as + " amount")
					.isEqualByComparingTo(holdsToday ? amounts.get(unit) : BigDecimal.ZERO);
			}
		}
	}

	@Test
	void aStationMustBeAServiceStationWithinReachAndTheDemandAnEnterprises() throws Exception {
		DemandClient demands = new DemandClient(mvc, jdbc);
		String staff = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		long enterprise = enterprise(staff);
		long person = jdbc.sql("select id from members_person order by id limit 1").query(Long.class).single();
		String base = "{\"categoryCode\":\"ENTERPRISE_OPERATION\",\"title\":\"用电\",\"description\":\"增容\",";
		for (String body : List.of(base + "\"enterpriseId\":" + enterprise + ",\"stationCode\":\"" + TOWN + "\"}",
				base + "\"enterpriseId\":" + enterprise + ",\"stationCode\":\"没有这个服务站\"}",
				base + "\"personId\":" + person + ",\"stationCode\":\"" + STATION + "\"}")) {
			String answer = demands.submit(staff, body).andExpect(status().isBadRequest()).andReturn().getResponse()
				.getContentAsString();
			assertThat(JsonPath.<List<String>>read(answer, "$.errors[*].field")).as(body).containsExactly("stationCode");
		}
		// a town officer may name the park's station (a functional unit): the case is the station's
		String zhugen = DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		long id = demands.submitted(zhugen, base + "\"enterpriseId\":" + enterprise + ",\"stationCode\":\"" + STATION + "\"}");
		String detail = demands.get(zhugen, id).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(detail, "$.unit.code")).isEqualTo(STATION);
		// through the API the channel stays API (an office system); the page's form says STATION
		assertThat((String) JsonPath.read(detail, "$.channel")).isEqualTo("API");
	}

	@Test
	void theDemoYear2021HoldsTheArticles103DifficultiesSolvedAtTheStationRaisingOver5BillionYuan() throws Exception {
		String staff = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		for (String unit : List.of(STATION, PARK)) {
			Map<String, BigDecimal> year = enterpriseFigures(staff, unit, "year=2021");
			assertThat(year.get("enterpriseSolved")).as(unit).isEqualByComparingTo("103");
			assertThat(year.get("enterpriseAmount")).as(unit).isGreaterThan(new BigDecimal("5000000000"))
				.isEqualByComparingTo("5031800000.00");
		}
		// the park's row for its station holds them all; later years hold fewer
		String park = figures(staff, PARK, "year=2021");
		assertThat(JsonPath.<List<Integer>>read(park, "$.byChildUnit[?(@.code == '" + STATION
				+ "')].counts.enterpriseSolved")).containsExactly(103);
		assertThat(enterpriseFigures(staff, DISTRICT, "year=2021").get("enterpriseSolved")).isGreaterThanOrEqualTo(
				new BigDecimal("103"));
		assertThat(enterpriseFigures(staff, PARK, "year=2022").get("enterpriseSolved")).isBetween(BigDecimal.ONE,
				new BigDecimal("102"));
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = mvc.perform(get("/demands/figures?unit=" + PARK + "&year=2021").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"figures-enterprise\" class=\"fs-3 fw-bold\">103<")
			.contains(">50.32亿元<").contains("5,031,800,000.00");
	}

	private void solve(DemandClient demands, String staff, long staffId, long id, String amount) throws Exception {
		demands.step(staff, id, "accept", "{\"version\":" + demands.version(id) + ",\"unitCode\":\"" + DISTRICT
				+ "\",\"leadUserId\":" + staffId + ",\"coHandlerIds\":[]}").andExpect(status().isOk());
		demands.step(staff, id, "answer", "{\"version\":" + demands.version(id) + ",\"answer\":\"已协调银行放款\",\"amount\":"
				+ amount + "}").andExpect(status().isOk());
		demands.step(staff, id, "rate", "{\"version\":" + demands.version(id)
				+ ",\"rating\":\"SATISFIED\",\"comment\":\"回访满意\"}").andExpect(status().isOk());
	}

	/** A new enterprise of 竹根镇 in the station's park. */
	private long enterprise(String token) throws Exception {
		String body = mvc.perform(post("/api/v1/enterprises").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"服务站测试企业" + System.nanoTime() % 100000
						+ "\",\"creditCode\":\"" + EnterpriseClient.freshCode() + "\",\"unitCode\":\"" + TOWN
						+ "\",\"park\":\"五通桥新型工业基地\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private String figures(String token, String unit, String period) throws Exception {
		return mvc.perform(get("/api/v1/demands/figures?unit=" + unit + "&" + period)
				.header("Authorization", "Bearer " + token)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private Map<String, BigDecimal> enterpriseFigures(String token, String unit, String period) throws Exception {
		String body = figures(token, unit, period);
		Map<String, BigDecimal> figures = new HashMap<>();
		for (String key : List.of("enterpriseReceived", "enterpriseSolved", "enterpriseAmount")) {
			figures.put(key, new BigDecimal(JsonPath.read(body, "$.total." + key).toString()));
		}
		return figures;
	}

}
