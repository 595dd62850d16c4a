package org.tongxin.demands.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * Demand categories: the page and the API of their administrators (admin, whose role holds
 * DEMAND_CATEGORY_MANAGE), what everyone else may read, validation naming the field, stale
 * versions, audit. Each test adds categories of its own (random codes) and changes only those.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CategoryAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Categories categories;

	@Autowired
	JdbcClient jdbc;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private String admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = "Bearer " + DemoLogins.token(mvc, "admin", adminPassword);
	}

	private static String code() {
		return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase(Locale.ROOT);
	}

	private static String body(String code, int accept, int answer, int reopen, int warn) {
		return """
				{"code":"%s","nameZh":"测试类别","nameEn":"Test category","acceptDays":%d,"answerDays":%d,
				 "reopenDays":%d,"warnDays":%d,"withAmount":true}""".formatted(code, accept, answer, reopen, warn);
	}

	private long create(String code) throws Exception {
		String json = mvc.perform(post("/api/v1/demands/categories").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content(body(code, 2, 10, 5, 2)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.withAmount").value(true))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	@Test
	void anAdministratorAddsChangesAndDeactivatesACategoryAndEveryoneSeesTheActiveOnes() throws Exception {
		String code = code();
		long id = create(code);
		assertThat(categories.findByCode(code)).as("the cache is read again").isPresent();
		assertThat(lastAudit("DEMAND_CATEGORY_CREATED", id)).contains(code).contains("answer 10");
		String zhugen = "Bearer " + DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/api/v1/demands/categories").header("Authorization", zhugen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("POLICY")))
			.andExpect(jsonPath("$[*].code", hasItem(code)));

		mvc.perform(put("/api/v1/demands/categories/" + id).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameZh\":\"测试类别二\",\"nameEn\":\"Test two\",\"acceptDays\":3,\"answerDays\":20,\"reopenDays\":8,"
						+ "\"warnDays\":4,\"withAmount\":false,\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answerDays").value(20))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(categories.find(id).orElseThrow().answerDays()).isEqualTo(20);
		assertThat(categories.find(id).orElseThrow().withAmount()).isFalse();
		assertThat(lastAudit("DEMAND_CATEGORY_CHANGED", id)).contains("answer 10").contains("answer 20");

		mvc.perform(put("/api/v1/demands/categories/" + id).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameZh\":\"陈旧\",\"nameEn\":\"Stale\",\"acceptDays\":3,\"answerDays\":20,\"reopenDays\":8,"
						+ "\"warnDays\":4,\"version\":0}"))
			.andExpect(status().isConflict());
		assertThat(categories.find(id).orElseThrow().nameZh()).isEqualTo("测试类别二");

		mvc.perform(put("/api/v1/demands/categories/" + id).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameZh\":\"测试类别二\",\"nameEn\":\"Test two\",\"acceptDays\":3,\"answerDays\":20,\"reopenDays\":8,"
						+ "\"warnDays\":4,\"active\":false,\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		assertThat(lastAudit("DEMAND_CATEGORY_DEACTIVATED", id)).contains(code);
		mvc.perform(get("/api/v1/demands/categories").header("Authorization", zhugen))
			.andExpect(jsonPath("$[*].code", not(hasItem(code))));
		assertThat(categories.find(id)).as("old cases keep their category").isPresent();
	}

	@Test
	void badInputIsRefusedWithTheFieldNamedAndChangesNothing() throws Exception {
		refused(body(code(), 2, 10, 5, 10), "warnDays");
		refused(body(code(), 61, 10, 5, 2), "acceptDays");
		refused(body(code(), 2, 0, 5, 0), "answerDays");
		refused(body(code(), 2, 10, 251, 2), "reopenDays");
		refused(body("bad code", 2, 10, 5, 2), "code");
		refused(body("POLICY", 2, 10, 5, 2), "code");
		refused("{\"code\":\"" + code() + "\",\"nameZh\":\" \",\"nameEn\":\"x\",\"acceptDays\":1,\"answerDays\":2,"
				+ "\"reopenDays\":2,\"warnDays\":1}", "nameZh");
		long id = create(code());
		mvc.perform(put("/api/v1/demands/categories/" + id).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content(body("X", 2, 10, 5, 2)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(put("/api/v1/demands/categories/999999999").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content(body("X", 2, 10, 5, 2).replace("}", ",\"version\":0}")))
			.andExpect(status().isNotFound());
	}

	private void refused(String body, String field) throws Exception {
		ResultActions result = mvc.perform(post("/api/v1/demands/categories").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		String code = JsonPath.read(body, "$.code");
		if (!"POLICY".equals(code)) {
			assertThat(jdbc.sql("select count(*) from demands_category where code = :code").param("code", code)
				.query(Long.class).single()).as(result.andReturn().getResponse().getContentAsString()).isZero();
		}
	}

	@Test
	void aTownOfficerReadsTheCategoriesButCannotManageThem() throws Exception {
		String zhugen = "Bearer " + DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		long policy = jdbc.sql("select id from demands_category where code = 'POLICY'").query(Long.class).single();
		mvc.perform(post("/api/v1/demands/categories").header("Authorization", zhugen)
				.contentType(MediaType.APPLICATION_JSON).content(body(code(), 2, 10, 5, 2)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/demands/categories/" + policy).header("Authorization", zhugen)
				.contentType(MediaType.APPLICATION_JSON).content(body("X", 2, 10, 5, 2).replace("}", ",\"version\":0}")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/demands/categories/" + policy).header("Authorization", zhugen))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/demands/categories")).andExpect(status().isUnauthorized());

		Cookie session = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/admin/demand-categories").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/demand-categories").cookie(session).with(csrf()).param("code", code()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/").cookie(session)).andExpect(content().string(not(containsString("/admin/demand-categories"))));
	}

	@Test
	void theAdministratorManagesCategoriesOnThePage() throws Exception {
		Cookie session = DemoLogins.login(mvc, "admin", adminPassword);
		mvc.perform(get("/admin/demand-categories").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政策咨询")))
			.andExpect(content().string(containsString("不会因此提前或延后")))
			.andExpect(content().string(containsString("href=\"/admin/demand-categories\"")));

		String code = code();
		mvc.perform(post("/admin/demand-categories").cookie(session).with(csrf()).param("code", code)
				.param("nameZh", "页面类别").param("nameEn", "Page category").param("acceptDays", "1")
				.param("answerDays", "3").param("reopenDays", "2").param("warnDays", "3"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "warnDays", "demand.category.warnDays.notBeforeAnswer"))
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/admin/demand-categories").cookie(session).with(csrf()).param("code", code)
				.param("nameZh", "页面类别").param("nameEn", "Page category").param("acceptDays", "一")
				.param("answerDays", "3").param("reopenDays", "2").param("warnDays", "1"))
			.andExpect(model().attributeHasFieldErrorCode("form", "acceptDays", "demand.category.number.range"));
		mvc.perform(post("/admin/demand-categories").cookie(session).with(csrf()).param("code", code)
				.param("nameZh", "页面类别").param("nameEn", "Page category").param("acceptDays", "1")
				.param("answerDays", "3").param("reopenDays", "2").param("warnDays", "1").param("withAmount", "true"))
			.andExpect(redirectedUrl("/admin/demand-categories"));
		long id = categories.findByCode(code).orElseThrow().id();

		mvc.perform(get("/admin/demand-categories/" + id).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面类别")));
		mvc.perform(post("/admin/demand-categories/" + id).cookie(session).with(csrf()).param("version", "0")
				.param("nameZh", "页面类别改").param("nameEn", "Page category").param("acceptDays", "1")
				.param("answerDays", "4").param("reopenDays", "2").param("warnDays", "1"))
			.andExpect(redirectedUrl("/admin/demand-categories"));
		assertThat(categories.find(id).orElseThrow().answerDays()).isEqualTo(4);
		mvc.perform(post("/admin/demand-categories/" + id).cookie(session).with(csrf()).param("version", "0")
				.param("nameZh", "别人的旧表单").param("nameEn", "Page category").param("acceptDays", "1")
				.param("answerDays", "5").param("reopenDays", "2").param("warnDays", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("已被他人修改")));
		assertThat(categories.find(id).orElseThrow().nameZh()).isEqualTo("页面类别改");

		mvc.perform(post("/admin/demand-categories/" + id + "/active").cookie(session).with(csrf())
				.param("version", "1").param("active", "false"))
			.andExpect(redirectedUrl("/admin/demand-categories"));
		assertThat(categories.find(id).orElseThrow().active()).isFalse();
		assertThat(lastAudit("DEMAND_CATEGORY_DEACTIVATED", id)).contains("admin");
	}

	private String lastAudit(String action, long id) {
		return jdbc.sql("select actor_name || ' ' || coalesce(detail, '') from audit_event"
				+ " where action = :action and target_type = 'demands_category' and target_id = :id order by id desc limit 1")
			.param("action", action).param("id", String.valueOf(id)).query(String.class).single();
	}

}
