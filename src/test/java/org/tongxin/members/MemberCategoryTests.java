package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxin.DemoLogins;

/**
 * The member categories as a vocabulary the department keeps: the twelve of the Regulations on
 * United Front Work seeded in order, added, renamed and deactivated by the department admin through
 * the API and the page (refusals at the field, audit), an inactive category kept on people and
 * refused for new entries, and the list filtered by a category the enum never had. Each test adds
 * categories of its own (random codes) and changes only those.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberCategoryTests {

	static final List<String> REGULATION = List.of("DEMOCRATIC_PARTY", "NON_PARTY", "NON_PARTY_INTELLECTUAL",
			"ETHNIC_MINORITY", "RELIGIOUS", "PRIVATE_ECONOMY", "NEW_SOCIAL_CLASS", "STUDY_ABROAD", "HONG_KONG_MACAO", "TAIWAN",
			"OVERSEAS_CHINESE", "OTHER");

	static final List<String> REGULATION_ZH = List.of("民主党派成员", "无党派人士", "党外知识分子", "少数民族人士", "宗教界人士",
			"非公有制经济人士", "新的社会阶层人士", "出国和归国留学人员", "香港同胞和澳门同胞", "台湾同胞及其在大陆的亲属", "华侨、归侨及侨眷",
			"其他需要联系和团结的人员");

	private static final String VILLAGE = "511112100003";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.tongxin.members.internal.SearchIndexCheck searchIndex;

	@Autowired
	MemberCategories categories;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private String admin;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		admin = "Bearer " + DemoLogins.token(mvc, "admin", adminPassword);
		staff = "Bearer " + DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
	}

	private static String code() {
		return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase(Locale.ROOT);
	}

	private void create(String code, String nameZh) throws Exception {
		mvc.perform(post("/api/v1/members/categories").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\",\"nameZh\":\"" + nameZh + "\",\"nameEn\":\"Test " + code
						+ "\",\"synonyms\":[\"" + nameZh + "别称\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0));
	}

	private long person(String name, String category) throws Exception {
		String body = "{\"name\":\"" + name + "\",\"unitCode\":\"" + VILLAGE + "\",\"idNumber\":\""
				+ MemberClient.freshIdNumber(true).value() + "\",\"categories\":[\"" + category + "\"]}";
		String answer = mvc.perform(post("/api/v1/members").header("Authorization", staff)
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	@Test
	void theTwelveKindsOfTheRegulationsAreSeededInTheirOrder() throws Exception {
		String body = mvc.perform(get("/api/v1/members/categories").header("Authorization", staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> codes = JsonPath.read(body, "$[*].code");
		List<String> names = JsonPath.read(body, "$[*].nameZh");
		assertThat(codes.subList(0, 12)).containsExactlyElementsOf(REGULATION);
		assertThat(names.subList(0, 12)).containsExactlyElementsOf(REGULATION_ZH);
		assertThat(categories.all().subList(0, 12)).extracting(MemberCategory::code).containsExactlyElementsOf(REGULATION);
		mvc.perform(get("/api/v1/members/categories").header("Authorization", staff).header("Accept-Language", "en"))
			.andExpect(jsonPath("$[1].name").value("Persons without party affiliation"));
		assertThat(jdbc.sql("select count(*) from members_person_category where category in ('RETURNED_OVERSEAS', 'HK_MACAO_TAIWAN')")
			.query(Long.class).single()).as("no record keeps a retired code").isZero();
	}

	@Test
	void theAdministratorAddsRenamesAndDeactivatesACategoryThroughTheApi() throws Exception {
		String code = code();
		create(code, "接口类别" + code);
		assertThat(categories.find(code)).as("the vocabulary is read again").isPresent();
		assertThat(lastAudit("MEMBER_CATEGORY_CREATED", code)).contains(code);

		mvc.perform(put("/api/v1/members/categories/" + code.toLowerCase(Locale.ROOT)).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameZh\":\"改名" + code + "\",\"nameEn\":\"Renamed\",\"sortOrder\":9000,\"synonyms\":[\"旧称" + code
						+ "\"],\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameZh").value("改名" + code))
			.andExpect(jsonPath("$.sortOrder").value(9000))
			.andExpect(jsonPath("$.synonyms[0]").value("旧称" + code))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(categories.find(code).orElseThrow().nameZh()).isEqualTo("改名" + code);
		assertThat(categories.resolve("旧称" + code)).contains(code);
		assertThat(lastAudit("MEMBER_CATEGORY_CHANGED", code)).contains("接口类别").contains("改名");

		mvc.perform(put("/api/v1/members/categories/" + code).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"nameZh\":\"陈旧\",\"nameEn\":\"Stale\",\"version\":0}"))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/members/categories/" + code).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameZh\":\"改名" + code + "\",\"nameEn\":\"Renamed\",\"active\":false,\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.synonyms[0]").value("旧称" + code));
		assertThat(lastAudit("MEMBER_CATEGORY_DEACTIVATED", code)).contains(code);
		assertThat(categories.active()).extracting(MemberCategory::code).doesNotContain(code);
		mvc.perform(get("/api/v1/members/categories").header("Authorization", staff))
			.andExpect(jsonPath("$[?(@.code == '" + code + "')].active", hasItem(false)));
	}

	@Test
	void badInputIsRefusedAtItsFieldAndChangesNothing() throws Exception {
		refused("{\"code\":\"bad code\",\"nameZh\":\"某类\",\"nameEn\":\"x\"}", "code");
		refused("{\"code\":\"NON_PARTY\",\"nameZh\":\"某类二\",\"nameEn\":\"x\"}", "code");
		refused("{\"code\":\"" + code() + "\",\"nameZh\":\" \",\"nameEn\":\"x\"}", "nameZh");
		refused("{\"code\":\"" + code() + "\",\"nameZh\":\"无党派人士\",\"nameEn\":\"x\"}", "nameZh");
		refused("{\"code\":\"" + code() + "\",\"nameZh\":\"某类三\",\"nameEn\":\"Religious figures\"}", "nameEn");
		refused("{\"code\":\"" + code() + "\",\"nameZh\":\"某类四\",\"nameEn\":\"x\",\"synonyms\":[\"归侨侨眷\"]}", "synonyms");
		refused("{\"code\":\"" + code() + "\",\"nameZh\":\"某类五\",\"nameEn\":\"x\",\"sortOrder\":10000}", "sortOrder");
		String answer = mvc.perform(post("/api/v1/members/categories").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code() + "\",\"nameZh\":\"无党派人士\",\"nameEn\":\"x\"}"))
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("无党派人士").contains("。");

		String code = code();
		create(code, "校验类别" + code);
		mvc.perform(put("/api/v1/members/categories/" + code).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"nameZh\":\"x\",\"nameEn\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(put("/api/v1/members/categories/NO_SUCH_KIND").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"nameZh\":\"x\",\"nameEn\":\"x\",\"version\":0}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/members/categories/' or 1=1 --").header("Authorization", admin))
			.andExpect(status().isNotFound());
	}

	private void refused(String body, String field) throws Exception {
		ResultActions result = mvc.perform(post("/api/v1/members/categories").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		String code = JsonPath.read(body, "$.code");
		if (!"NON_PARTY".equals(code)) {
			assertThat(jdbc.sql("select count(*) from members_category where code = :code").param("code", code)
				.query(Long.class).single()).as(result.andReturn().getResponse().getContentAsString()).isZero();
		}
	}

	@Test
	void anInactiveCategoryStaysOnItsPeopleButIsRefusedForNewEntries() throws Exception {
		String code = code();
		create(code, "停用类别" + code);
		long kept = person("类别保留", code);
		mvc.perform(put("/api/v1/members/categories/" + code).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameZh\":\"停用类别" + code + "\",\"nameEn\":\"Test " + code + "\",\"active\":false,\"version\":0}"))
			.andExpect(status().isOk());

		String refused = mvc.perform(post("/api/v1/members").header("Authorization", staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"类别新人\",\"unitCode\":\"" + VILLAGE + "\",\"categories\":[\"" + code + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categories"))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("已停用").contains("。");

		mvc.perform(get("/api/v1/members/" + kept).header("Authorization", staff))
			.andExpect(jsonPath("$.categories", hasItem(code)));
		String version = String.valueOf(jdbc.sql("select version from members_person where id = :id").param("id", kept)
			.query(Long.class).single());
		mvc.perform(patch("/api/v1/members/" + kept).header("Authorization", staff).contentType(MediaType.APPLICATION_JSON)
				.content("{\"workUnit\":\"竹根镇卫生院\",\"categories\":[\"" + code + "\",\"NON_PARTY\"],\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categories", hasItem(code)))
			.andExpect(jsonPath("$.categories", hasItem("NON_PARTY")));

		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/members/new").cookie(session))
			.andExpect(content().string(not(containsString("value=\"" + code + "\""))))
			.andExpect(content().string(containsString("出国和归国留学人员")));
		mvc.perform(get("/members/" + kept + "/edit").cookie(session))
			.andExpect(content().string(containsString("value=\"" + code + "\"")));
		mvc.perform(get("/members/" + kept).cookie(session))
			.andExpect(content().string(containsString("停用类别" + code)));
		mvc.perform(get("/members").param("category", code).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("类别保留")));
	}

	@Test
	void theListIsFilteredByACategoryTheOldListLacked() throws Exception {
		long returned = person("留学归来", "STUDY_ABROAD");
		// the name is found through the search index, which takes in a new person after the commit
		searchIndex.awaitCurrent(java.time.Duration.ofSeconds(30));
		String body = mvc.perform(get("/api/v1/members").param("category", "STUDY_ABROAD").param("q", "留学归来")
				.header("Authorization", staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(body, "$.content[*].id");
		assertThat(ids).extracting(Number::longValue).contains(returned);
		assertThat(JsonPath.<List<List<String>>>read(body, "$.content[*].categories")).allSatisfy(c -> assertThat(c).contains("STUDY_ABROAD"));
		mvc.perform(get("/api/v1/members").param("category", "NON_PARTY").param("q", "留学归来").header("Authorization", staff))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) returned))));
		mvc.perform(get("/api/v1/members").param("category", "RETURNED_OVERSEAS").header("Authorization", staff))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));

		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/members").param("category", "STUDY_ABROAD").param("q", "留学归来").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("留学归来")))
			.andExpect(content().string(containsString("<option value=\"STUDY_ABROAD\" selected=\"selected\">出国和归国留学人员</option>")));
		mvc.perform(get("/members").param("category", "STUDY_ABROAD").param("lang", "en").cookie(session))
			.andExpect(content().string(containsString("Students abroad and returned from abroad")));
		mvc.perform(get("/members/coverage").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("category=STUDY_ABROAD")))
			.andExpect(content().string(containsString("台湾同胞及其在大陆的亲属")));
	}

	@Test
	void theAdministratorKeepsTheCategoriesOnThePage() throws Exception {
		Cookie session = DemoLogins.login(mvc, "admin", adminPassword);
		mvc.perform(get("/admin/member-categories").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无党派人士")))
			.andExpect(content().string(containsString("归侨侨眷")))
			.andExpect(content().string(containsString("统一战线工作条例")))
			.andExpect(content().string(containsString("href=\"/admin/member-categories\"")));

		String code = code();
		mvc.perform(post("/admin/member-categories").cookie(session).with(csrf()).param("code", code)
				.param("nameZh", "民主党派成员").param("nameEn", "Page category").param("synonyms", "页面别称" + code))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "nameZh", "member.category.name.taken"))
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/admin/member-categories").cookie(session).with(csrf()).param("code", code)
				.param("nameZh", "页面类别" + code).param("nameEn", "Page category " + code).param("sortOrder", "九"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sortOrder", "member.category.number.range"));
		mvc.perform(post("/admin/member-categories").cookie(session).with(csrf()).param("code", code)
				.param("nameZh", "页面类别" + code).param("nameEn", "Page category " + code)
				.param("synonyms", "页面别称" + code + "\n\n页面又称" + code))
			.andExpect(redirectedUrl("/admin/member-categories"));
		assertThat(categories.synonyms(code)).containsExactlyInAnyOrder("页面别称" + code, "页面又称" + code);

		mvc.perform(get("/admin/member-categories/" + code).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面类别" + code)));
		mvc.perform(post("/admin/member-categories/" + code).cookie(session).with(csrf()).param("version", "0")
				.param("nameZh", "页面改名" + code).param("nameEn", "Page category " + code).param("synonyms", "页面别称" + code))
			.andExpect(redirectedUrl("/admin/member-categories"));
		assertThat(categories.find(code).orElseThrow().nameZh()).isEqualTo("页面改名" + code);
		assertThat(categories.synonyms(code)).containsExactly("页面别称" + code);
		mvc.perform(post("/admin/member-categories/" + code).cookie(session).with(csrf()).param("version", "0")
				.param("nameZh", "别人的旧表单" + code).param("nameEn", "Page category " + code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")));
		mvc.perform(post("/admin/member-categories/" + code + "/active").cookie(session).with(csrf())
				.param("version", "1").param("active", "false"))
			.andExpect(redirectedUrl("/admin/member-categories"));
		assertThat(categories.find(code).orElseThrow().active()).isFalse();
		assertThat(lastAudit("MEMBER_CATEGORY_DEACTIVATED", code)).contains("admin");
		mvc.perform(get("/admin/member-categories/NO_SUCH_KIND").cookie(session)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/member-categories/" + code + "/active").cookie(session).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aTownOfficerReadsTheCategoriesButCannotKeepThem() throws Exception {
		String zhugen = "Bearer " + DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/api/v1/members/categories").header("Authorization", zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("TAIWAN")));
		mvc.perform(post("/api/v1/members/categories").header("Authorization", zhugen).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code() + "\",\"nameZh\":\"越权\",\"nameEn\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/members/categories/OTHER").header("Authorization", zhugen)
				.contentType(MediaType.APPLICATION_JSON).content("{\"nameZh\":\"越权\",\"nameEn\":\"x\",\"version\":0}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/members/categories/OTHER").header("Authorization", zhugen)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/members/categories")).andExpect(status().isUnauthorized());
		Cookie session = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/admin/member-categories").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/member-categories").cookie(session).with(csrf()).param("code", code()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/").cookie(session)).andExpect(content().string(not(containsString("/admin/member-categories"))));
	}

	private String lastAudit(String action, String code) {
		return jdbc.sql("select actor_name || ' ' || coalesce(detail, '') from audit_event"
				+ " where action = :action and target_type = 'member_category' and target_id = :code order by id desc limit 1")
			.param("action", action).param("code", code).query(String.class).single();
	}

}
