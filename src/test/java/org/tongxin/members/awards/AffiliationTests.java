package org.tongxin.members.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.DemoLogins;

/**
 * A person's several affiliations: the member list's organisation filter (a current association or
 * chamber post, by name or by the network's functional unit) and award filters, counted by hand in
 * SQL for staff and for the town officer zhugen; awards as records through the API and the page,
 * refusals at the field, and the 404 a town officer gets for another town's person.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AffiliationTests {

	private static final String ZHUGEN_VILLAGE = "511112100003";

	private static final String NIUHUA_VILLAGE = "511112101004";

	private static final String CURRENT_GUIGU = """
			select count(distinct p.id) from members_person p join members_post o on o.person_id = p.id
			where o.kind = 'ASSOCIATION_POST' and btrim(o.organisation) = '硅谷商会'
			and (o.ended_on is null or o.ended_on >= current_date) and p.unit_path like :path""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String staff;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		staff = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		zhugen = DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
	}

	private long person(String name, String unitCode) throws Exception {
		String body = mvc.perform(api(post("/api/v1/members"), staff)
				.content("{\"name\":\"" + name + "\",\"unitCode\":\"" + unitCode + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private void chamberPost(long person, String organisation, String endedOn) throws Exception {
		mvc.perform(api(post("/api/v1/members/" + person + "/posts"), staff)
				.content("{\"kind\":\"ASSOCIATION_POST\",\"organisation\":\"" + organisation + "\",\"position\":\"会员\","
						+ "\"startedOn\":\"2020-01-01\",\"endedOn\":\"" + endedOn + "\"}"))
			.andExpect(status().isCreated());
	}

	private long award(String token, long person, String title, String level, int year) throws Exception {
		String body = mvc.perform(api(post("/api/v1/members/" + person + "/awards"), token)
				.content("{\"title\":\"" + title + "\",\"level\":\"" + level + "\",\"year\":\"" + year + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** The list's total for the filters given as name, value, name, value… */
	private long total(String token, String... filters) throws Exception {
		MockHttpServletRequestBuilder request = api(get("/api/v1/members"), token).param("size", "1");
		for (int i = 0; i < filters.length; i += 2) {
			request.param(filters[i], filters[i + 1]);
		}
		String body = mvc.perform(request)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.totalElements")).longValue();
	}

	private long count(String sql, String path) {
		return jdbc.sql(sql).param("path", path).query(Long.class).single();
	}

	private String path(String code) {
		return jdbc.sql("select path from org_unit where code = :c").param("c", code).query(String.class).single() + "%";
	}

	@Test
	void theOrganisationFilterFindsCurrentPostsByNameOrNetworkUnitWithinTheScope() throws Exception {
		long member = person("商会会员甲", ZHUGEN_VILLAGE);
		chamberPost(member, " 硅谷商会 ", "");
		long former = person("商会会员乙", ZHUGEN_VILLAGE);
		chamberPost(former, "硅谷商会", "2021-06-30");
		long elsewhere = person("商会会员丙", NIUHUA_VILLAGE);
		chamberPost(elsewhere, "硅谷商会", "");

		long everyone = count(CURRENT_GUIGU, "%");
		long zhugenTown = count(CURRENT_GUIGU, path("511112100"));
		assertThat(everyone).isGreaterThan(zhugenTown);
		assertThat(zhugenTown).isPositive();
		// by name, by the functional unit's code and by its name: the same people
		assertThat(total(staff, "organisation", "硅谷商会")).isEqualTo(everyone);
		assertThat(total(staff, "organisation", "CH-GUIGU")).isEqualTo(everyone);
		assertThat(total(staff, "organisation", " 硅谷商会 ")).isEqualTo(everyone);
		assertThat(total(zhugen, "organisation", "硅谷商会")).isEqualTo(zhugenTown);
		assertThat(total(zhugen, "organisation", "CH-GUIGU")).isEqualTo(zhugenTown);
		// with the unit filter (which alone would be answered by the counts per unit): still the exact count
		assertThat(total(staff, "organisation", "CH-GUIGU", "unit", "511112100")).isEqualTo(zhugenTown);
		String names = mvc.perform(api(get("/api/v1/members"), zhugen).param("size", "100").param("organisation", "CH-GUIGU"))
			.andReturn().getResponse().getContentAsString();
		assertThat(names).contains("商会会员甲").doesNotContain("商会会员乙").doesNotContain("商会会员丙");
		assertThat(total(staff, "organisation", "没有这个商会")).isZero();

		mvc.perform(api(get("/api/v1/members"), staff).param("organisation", "商".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisation"));
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/members").cookie(session).param("organisation", "商".repeat(101)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("组织名称不能超过 100 个字。")));
		mvc.perform(get("/members").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<option value=\"硅谷商会\">")));
	}

	@Test
	void awardsAreAddedFilteredAndRemovedWithHistoryAndAudit() throws Exception {
		long worker = person("劳模甲", ZHUGEN_VILLAGE);
		long award = award(zhugen, worker, "全国劳动模范", "national", 2020);
		award(staff, person("劳模乙", NIUHUA_VILLAGE), "全国劳动模范", "NATIONAL", 2015);
		mvc.perform(api(get("/api/v1/members/" + worker + "/awards"), zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value("全国劳动模范"))
			.andExpect(jsonPath("$[0].level").value("NATIONAL"))
			.andExpect(jsonPath("$[0].year").value(2020));

		String byTitle = """
				select count(distinct p.id) from members_person p join members_person_award a on a.person_id = p.id
				where a.title like '%劳动模范%' and p.unit_path like :path""";
		String national = """
				select count(distinct p.id) from members_person p join members_person_award a on a.person_id = p.id
				where a.level = 'NATIONAL' and p.unit_path like :path""";
		assertThat(total(staff, "award", "劳动模范")).isEqualTo(count(byTitle, "%"));
		assertThat(total(zhugen, "award", "劳动模范")).isEqualTo(count(byTitle, path("511112100")));
		assertThat(total(staff, "awardLevel", "NATIONAL")).isEqualTo(count(national, "%")).isGreaterThanOrEqualTo(2);
		assertThat(total(zhugen, "awardLevel", "national")).isEqualTo(count(national, path("511112100")));
		assertThat(total(staff, "award", "100%")).isZero();
		mvc.perform(api(get("/api/v1/members"), staff).param("awardLevel", "WORLD"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("awardLevel"));

		// refusals at the field, every one at once; nothing stored
		mvc.perform(api(post("/api/v1/members/" + worker + "/awards"), staff)
				.content("{\"title\":\"  \",\"level\":\"GALACTIC\",\"year\":\"1900\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("title", "level", "year")));
		mvc.perform(api(post("/api/v1/members/" + worker + "/awards"), staff)
				.content("{\"title\":\"优秀\",\"level\":\"CITY\",\"year\":\"二〇二〇\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		// a town officer and another town's person: 404, as an unknown id
		long niuhua = person("劳模丙", NIUHUA_VILLAGE);
		mvc.perform(api(post("/api/v1/members/" + niuhua + "/awards"), zhugen)
				.content("{\"title\":\"优秀\",\"level\":\"CITY\",\"year\":\"2020\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/members/" + niuhua + "/awards"), zhugen)).andExpect(status().isNotFound());
		long niuhuaAward = award(staff, niuhua, "优秀", "CITY", 2020);
		mvc.perform(api(delete("/api/v1/members/awards/" + niuhuaAward), zhugen)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from members_person_award where person_id = :p").param("p", worker)
			.query(Long.class).single()).isEqualTo(1);

		mvc.perform(api(delete("/api/v1/members/awards/" + award), zhugen)).andExpect(status().isNoContent());
		assertThat(jdbc.sql("select count(*) from members_person_award where person_id = :p").param("p", worker)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select coalesce(old_value, '') || ' > ' || coalesce(new_value, '') from members_person_change"
				+ " where person_id = :p and field = 'award' order by id").param("p", worker).query(String.class).list())
			.containsExactly(" > 全国劳动模范（NATIONAL，2020）", "全国劳动模范（NATIONAL，2020） > ");
		assertThat(jdbc.sql("select action from audit_event where target_type = 'member' and target_id = :t"
				+ " and action like 'AWARD%' order by id").param("t", String.valueOf(worker)).query(String.class).list())
			.containsExactly("AWARD_ADDED", "AWARD_REMOVED");
	}

	@Test
	void theDetailPageListsAwardsWithAddAndRemoveForms() throws Exception {
		long person = person("荣誉页甲", ZHUGEN_VILLAGE);
		Cookie zhugenSession = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		mvc.perform(post("/members/" + person + "/awards").cookie(zhugenSession).with(csrf())
				.param("title", "").param("level", "CITY").param("year", "1800"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请填写荣誉称号。")))
			.andExpect(content().string(Matchers.containsString("年份须为 1949 到 2100 之间的整数。")));
		mvc.perform(post("/members/" + person + "/awards").cookie(zhugenSession).with(csrf())
				.param("title", "四川省劳动模范").param("level", "PROVINCIAL").param("year", "2018"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/members/" + person + "/awards").cookie(zhugenSession))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("四川省劳动模范")))
			.andExpect(content().string(Matchers.containsString("省级")))
			.andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
		mvc.perform(get("/members/" + person).cookie(zhugenSession))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("member-awards")));
		long award = jdbc.sql("select id from members_person_award where person_id = :p").param("p", person)
			.query(Long.class).single();
		mvc.perform(post("/members/awards/" + award + "/remove").cookie(zhugenSession))
			.andExpect(status().isForbidden());
		mvc.perform(post("/members/awards/" + award + "/remove").cookie(zhugenSession).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from members_person_award where person_id = :p").param("p", person)
			.query(Long.class).single()).isZero();
		long niuhua = person("荣誉页乙", NIUHUA_VILLAGE);
		mvc.perform(post("/members/" + niuhua + "/awards").cookie(zhugenSession).with(csrf())
				.param("title", "优秀").param("level", "CITY").param("year", "2020"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDemoHasTheArticlesNationalModelWorker() {
		assertThat(jdbc.sql("select count(*) from members_person_award where title = '全国劳动模范' and level = 'NATIONAL'"
				+ " and year = 2020").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from members_person_award where level in ('PROVINCIAL', 'CITY')")
			.query(Long.class).single()).isGreaterThanOrEqualTo(5);
	}

}
