package org.tongxin.members.coverage;

import org.tongxin.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;

/**
 * The coverage figures against a count by hand over the same records (plain SQL here, written
 * independently of the service's statements), for the district staff and for the 竹根镇 officer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberCoverageTests {

	private static final String DISTRICT = "511112";

	private static final String ZHUGEN = "511112100";

	private static final String NIUHUA = "511112101";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	/** Explicit, because tests may move the application clock. */
	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void theDistrictFiguresOfStaffEqualAHandCount() throws Exception {
		String body = api("staff", "?date=" + today);
		assertFiguresMatch(body, DISTRICT, today);
		System.out.println("District coverage: total " + JsonPath.read(body, "$.total") + ", CPPCC "
				+ JsonPath.read(body, "$.cppccMembers") + ", without liaison " + JsonPath.read(body, "$.withoutLiaison")
				+ ", CPPCC by category " + JsonPath.read(body, "$.cppccByCategory"));
		assertThat(((Number) JsonPath.read(body, "$.total")).longValue()).isGreaterThanOrEqualTo(300);
		assertThat(((Number) JsonPath.read(body, "$.cppccMembers")).longValue()).isPositive();
		// the default unit is the top of what staff see: the district
		assertThat((String) JsonPath.read(api("staff", ""), "$.unitCode")).isEqualTo(DISTRICT);
	}

	@Test
	void aTownCanBeChosenAndItsVillagesAreTheRows() throws Exception {
		assertFiguresMatch(api("staff", "?unit=" + NIUHUA + "&date=" + today), NIUHUA, today);
	}

	@Test
	void theTownOfficerSeesHisTownOnly() throws Exception {
		String body = api("zhugen", "?date=" + today);
		assertThat((String) JsonPath.read(body, "$.unitCode")).isEqualTo(ZHUGEN);
		assertFiguresMatch(body, ZHUGEN, today);
		assertThat(((Number) JsonPath.read(body, "$.total")).longValue())
			.isEqualTo(people(path(ZHUGEN), today)).isPositive();
		String token = token("zhugen");
		mvc.perform(get("/api/v1/members/coverage?unit=" + NIUHUA).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/members/coverage?unit=" + DISTRICT).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
	}

	/**
	 * On a past day only people registered by then count, and only seats held then: the demo
	 * registers its people through the registry on the days of its story (from March 2019), so the
	 * CPPCC 9th session (2016–2021) counts on 2021-06-01 and the 10th (from 2022) does not.
	 */
	@Test
	void aPastDateCountsOnlyTheRegistrationsAndSeatsOfThen() throws Exception {
		LocalDate past = LocalDate.of(2021, 6, 1);
		String body = api("staff", "?date=" + past);
		assertFiguresMatch(body, DISTRICT, past);
		long then = ((Number) JsonPath.read(body, "$.total")).longValue();
		assertThat(then).isPositive().isLessThan(people(path(DISTRICT), today));
		long cppcc = ((Number) JsonPath.read(body, "$.cppccMembers")).longValue();
		assertThat(cppcc).isPositive();
		long cppccToday = ((Number) JsonPath.read(api("staff", "?date=" + today), "$.cppccMembers")).longValue();
		assertThat(cppccToday).isNotEqualTo(cppcc);
		assertThat(((Number) JsonPath.read(api("staff", "?date=2019-02-28"), "$.total")).longValue()).isZero();
	}

	/**
	 * The article's end of 2021 out of the demo's records: 195 non-party people serving as city and
	 * district NPC deputies and CPPCC members, and a non-party share of 86.86% in the district CPPCC
	 * (152 of the 9th session's 175 seats); a town sees its own people's seats against the same total.
	 */
	@Test
	void theEndOf2021GivesTheArticlesRepresentativesAndNonPartyShare() throws Exception {
		LocalDate end = LocalDate.of(2021, 12, 31);
		String body = api("staff", "?date=" + end);
		assertFiguresMatch(body, DISTRICT, end);
		assertThat(number(body, "$.representatives")).isEqualTo(195);
		String district9 = "$.seatShares[?(@.kind == 'CPPCC' && @.level == 'COUNTY' && @.sessionNumber == 9)]";
		assertThat(number(body, district9 + ".held")).isEqualTo(152);
		assertThat(number(body, district9 + ".totalSeats")).isEqualTo(175);
		assertThat(this.<Number>first(body, district9 + ".percent").doubleValue()).isEqualTo(86.86);
		String html = mvc.perform(get("/members/coverage?unit=" + DISTRICT + "&date=" + end).cookie(login("staff")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("86.86%", "担任人大代表、政协委员共 195 人");

		String town = api("zhugen", "?date=" + end);
		assertFiguresMatch(town, ZHUGEN, end);
		assertThat(number(town, district9 + ".held")).isLessThan(152);
	}

	@Test
	void thePageShowsTheFiguresWithSeparatorsAndLinksToTheList() throws Exception {
		String html = mvc.perform(get("/members/coverage?unit=" + DISTRICT + "&date=" + today)
				.cookie(login("staff"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long total = people(path(DISTRICT), today);
		assertThat(html).contains(String.format("%,d", total)).contains("/members?unit=" + ZHUGEN)
			.contains("覆盖情况").contains("%</td>");
		String town = mvc.perform(get("/members/coverage").cookie(login("zhugen"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(town).contains("竹根镇");
		String refused = mvc.perform(get("/members/coverage").param("unit", "牛华镇").cookie(login("zhugen")))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"coverage-unit-error\"", "不在您的管辖范围内");
		String byName = mvc.perform(get("/members/coverage").param("unit", "竹根镇").cookie(login("zhugen")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(byName).contains("value=\"竹根镇 (" + ZHUGEN + ")\"");
	}

	private void assertFiguresMatch(String body, String unitCode, LocalDate day) {
		String path = path(unitCode);
		Map<String, Object> params = params(path, day);
		String people = " from members_person p where p.unit_path like :path and p.created_at < :before";
		assertThat(number(body, "$.total")).isEqualTo(people(path, day));
		assertThat(number(body, "$.withoutLiaison"))
			.isEqualTo(count("select count(*)" + people + " and p.liaison_user_id is null", params));
		// every active category, and an inactive one (the department stopped offering it) while people of the unit keep it
		List<String> codes = jdbc.sql("select code from members_category c where active or exists (select 1"
				+ " from members_person_category pc join members_person p on p.id = pc.person_id where pc.category = c.code"
				+ " and p.unit_path like :path and p.created_at < :before) order by sort_order, code").params(params)
			.query(String.class).list();
		List<String> inactive = jdbc.sql("select code from members_category where not active").query(String.class).list();
		assertThat(JsonPath.<List<String>>read(body, "$.byCategory[*].category")).containsExactlyElementsOf(codes);
		for (String category : codes) {
			Map<String, Object> withCategory = new HashMap<>(params);
			withCategory.put("category", category);
			assertThat(number(body, "$.byCategory[?(@.category == '" + category + "')].count"))
				.as(category)
				.isEqualTo(count("select count(*)" + people
						+ " and p.id in (select person_id from members_person_category where category = :category)",
						withCategory));
		}
		UnitSummary unit = units.findByCode(unitCode).orElseThrow();
		// every active child: towns or villages, and functional units (parks, chambers...) too
		List<String> children = jdbc.sql("select code from org_unit where parent_id = :id and active")
			.param("id", unit.id()).query(String.class).list();
		List<String> rows = JsonPath.read(body, "$.byChildUnit[*].code");
		assertThat(rows).containsExactlyInAnyOrderElementsOf(children);
		for (String child : children) {
			long expected = people(path(child), day);
			assertThat(number(body, "$.byChildUnit[?(@.code == '" + child + "')].count")).as(child).isEqualTo(expected);
			List<String> empty = JsonPath.read(body, "$.childUnitsWithoutPeople[*].code");
			assertThat(empty.contains(child)).as(child).isEqualTo(expected == 0);
		}
		String current = " and p.id in (select person_id from members_post where kind = :kind and started_on <= :day"
				+ " and (ended_on is null or ended_on >= :day))";
		Map<String, Object> cppcc = new HashMap<>(params);
		cppcc.put("kind", "CPPCC");
		long cppccMembers = count("select count(*)" + people + current, cppcc);
		assertThat(number(body, "$.cppccMembers")).isEqualTo(cppccMembers);
		Map<String, Object> npc = new HashMap<>(params);
		npc.put("kind", "NPC");
		assertThat(number(body, "$.npcDeputies")).isEqualTo(count("select count(*)" + people + current, npc));
		assertSeatsMatch(body, people, params);
		for (String category : codes) {
			Map<String, Object> withCategory = new HashMap<>(cppcc);
			withCategory.put("category", category);
			long expected = count("select count(*)" + people + current
					+ " and p.id in (select person_id from members_person_category where category = :category)", withCategory);
			String at = "$.cppccByCategory[?(@.category == '" + category + "')]";
			if (expected == 0 && inactive.contains(category)) {
				assertThat(JsonPath.<List<?>>read(body, at)).as(category).isEmpty();
				continue;
			}
			assertThat(number(body, at + ".count")).as(category).isEqualTo(expected);
			double percent = cppccMembers == 0 ? 0 : Math.round(expected * 1000.0 / cppccMembers) / 10.0;
			assertThat(this.<Number>first(body, at + ".percent").doubleValue()).isEqualTo(percent);
		}
	}

	/** Distinct people in a current NPC or CPPCC seat, and per session with its total seats, counted by hand. */
	private void assertSeatsMatch(String body, String people, Map<String, Object> params) {
		String current = " and p.id in (select person_id from members_post where kind in ('NPC', 'CPPCC') and started_on <= :day"
				+ " and (ended_on is null or ended_on >= :day))";
		assertThat(number(body, "$.representatives")).isEqualTo(count("select count(*)" + people + current, params));
		List<Map<String, Object>> sessions = jdbc.sql("select kind, level, session_number, total_seats from members_body_session"
				+ " where started_on <= :day and (ended_on is null or ended_on >= :day)").params(params).query().listOfRows();
		assertThat(((List<?>) JsonPath.read(body, "$.seatShares")).size()).isEqualTo(sessions.size());
		for (Map<String, Object> session : sessions) {
			Map<String, Object> of = new HashMap<>(params);
			of.putAll(session);
			long held = count("select count(*)" + people + " and p.id in (select person_id from members_post where kind = :kind"
					+ " and level = :level and session_number = :session_number and started_on <= :day"
					+ " and (ended_on is null or ended_on >= :day))", of);
			String at = "$.seatShares[?(@.kind == '" + session.get("kind") + "' && @.level == '" + session.get("level")
					+ "' && @.sessionNumber == " + session.get("session_number") + ")]";
			assertThat(number(body, at + ".held")).as(at).isEqualTo(held);
			assertThat(number(body, at + ".totalSeats")).isEqualTo(((Number) session.get("total_seats")).longValue());
		}
	}

	private long people(String path, LocalDate day) {
		return count("select count(*) from members_person p where p.unit_path like :path and p.created_at < :before",
				params(path, day));
	}

	private Map<String, Object> params(String path, LocalDate day) {
		Map<String, Object> params = new HashMap<>();
		params.put("path", path + "%");
		params.put("before", OffsetDateTime.of(day.plusDays(1).atStartOfDay(), java.time.ZoneOffset.ofHours(8)));
		params.put("day", day);
		return params;
	}

	private long count(String sql, Map<String, Object> params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private String path(String code) {
		return units.findByCode(code).orElseThrow().path();
	}

	private long number(String body, String path) {
		Object value = JsonPath.read(body, path);
		if (value instanceof List<?> list) {
			assertThat(list).as(path).hasSize(1);
			value = list.get(0);
		}
		return ((Number) value).longValue();
	}

	@SuppressWarnings("unchecked")
	private <T> T first(String body, String path) {
		List<T> list = JsonPath.read(body, path);
		assertThat(list).as(path).hasSize(1);
		return list.get(0);
	}

	private String api(String user, String query) throws Exception {
		return mvc.perform(get("/api/v1/members/coverage" + query).header("Authorization", "Bearer " + token(user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String token(String user) throws Exception {
		return DemoLogins.token(mvc, user, DemoLogins.DEMO_PASSWORD);
	}

	private jakarta.servlet.http.Cookie login(String user) throws Exception {
		return DemoLogins.login(mvc, user, DemoLogins.DEMO_PASSWORD);
	}

}
