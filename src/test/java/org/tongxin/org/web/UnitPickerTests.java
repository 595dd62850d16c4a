package org.tongxin.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.DemoLogins;

/**
 * The one unit picker, as users meet it in the pages: suggestions while typing within the field's
 * reach, and a typed name, code or "name (code)" accepted by the server (no JavaScript needed);
 * a 牛华镇 unit is refused to the 竹根镇 officer as out of scope, and a name two units bear is
 * refused with a reason that names the field and asks to pick from the list.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitPickerTests {

	private static final String SANTA = "三塔村委会";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Value("${tongxin.security.admin-password}")
	String adminPassword;

	private String page(Cookie session, String url, int status) throws Exception {
		return mvc.perform(get(java.net.URI.create(url)).cookie(session)).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString();
	}

	private String suggest(Cookie session, String text, String reach) throws Exception {
		return mvc.perform(get("/units/suggest").param("field", "unit").param("unit", text).param("reach", reach)
				.cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void suggestionsStayWithinTheFieldsReach() throws Exception {
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		assertThat(suggest(zhugen, "村委会", "scope")).contains("value=\"幸福村委会 (511112100203)\"").doesNotContain(SANTA);
		assertThat(suggest(zhugen, SANTA, "scope")).doesNotContain("<option");
		// handing work on reaches the district and its departments, not another town or its villages
		assertThat(suggest(zhugen, "区经信", "handling")).contains("value=\"区经信局 (LG-JXJ)\"");
		assertThat(suggest(zhugen, "区经信", "scope")).doesNotContain("<option");
		assertThat(suggest(zhugen, SANTA, "handling")).doesNotContain("<option");
		assertThat(suggest(zhugen, "牛华镇", "handling")).doesNotContain("<option");
		assertThat(suggest(zhugen, "镇", "handling")).contains("value=\"竹根镇 (511112100)\"").doesNotContain("牛华镇");
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		assertThat(suggest(staff, SANTA, "scope")).contains("value=\"三塔村委会 (511112101201)\"", "属于 牛华镇");
		assertThat(suggest(staff, "牛华镇", "handling")).contains("value=\"牛华镇 (511112101)\"");
	}

	/** An option shows the unit it offers, never the template's prototype text. */
	@Test
	void eachSuggestionShowsItsOwnUnit() throws Exception {
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		String options = suggest(zhugen, "区经信", "handling");
		assertThat(options).containsPattern("<option value=\"区经信局 \\(LG-JXJ\\)\"[^>]*>区经信局 \\(LG-JXJ\\)</option>")
			.doesNotContain("竹根镇 (511112100)");
		String villages = suggest(zhugen, "村委会", "scope");
		assertThat(villages).contains(">幸福村委会 (511112100203)</option>").doesNotContain(">竹根镇 (511112100)<");
	}

	@Test
	void aTypedNameCodeOrSuggestionPicksTheUnitWithoutJavaScript() throws Exception {
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		for (String typed : List.of("竹根镇", "511112100", "竹根镇 (511112100)", "竹根镇（511112100）", " 竹根镇 ")) {
			String html = page(zhugen, "/members?unit=" + encode(typed), 200);
			assertThat(html).as(typed).doesNotContain("alert-warning");
		}
		for (String url : List.of("/demands?unit=", "/enterprises?unit=", "/demands/figures?unit=",
				"/members/coverage?unit=")) {
			assertThat(page(zhugen, url + encode("竹根镇"), 200)).as(url).doesNotContain("不在您的管辖范围内");
		}
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		assertThat(page(staff, "/proposal-figures?unit=" + encode("竹根镇"), 200)).contains("竹根镇 (511112100)");
		assertThat(page(staff, "/admin/users?unit=" + encode("竹根镇"), 200)).doesNotContain("alert-warning");
	}

	@Test
	void anotherTownsVillageTypedByNameIsRefusedAsOutOfScope() throws Exception {
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		assertThat(page(zhugen, "/members?unit=" + encode(SANTA), 200)).contains("单位（含下级）：没有找到“三塔村委会”",
				"不在您的管辖范围内");
		assertThat(page(zhugen, "/demands/figures?unit=" + encode(SANTA), 400)).contains("figures-unit-error");
		assertThat(page(zhugen, "/demands?unit=" + encode(SANTA), 200)).contains("不在您的管辖范围内");
		assertThat(page(zhugen, "/enterprises?unit=" + encode(SANTA), 200)).contains("不在您的管辖范围内");
	}

	/**
	 * Every list with a unit field: a unit out of scope or unknown is a reason at the unit field (the
	 * picker's own words), and no list is shown as if nothing matched; an htmx refresh of the results
	 * carries the field with its reason.
	 */
	@Test
	void aRefusedUnitIsNamedAtTheUnitFieldAndNoEmptyListIsShown() throws Exception {
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		Cookie admin = DemoLogins.login(mvc, "admin", adminPassword);
		record Case(Cookie session, String list, String typed) {
		}
		for (Case c : List.of(new Case(zhugen, "/demands", "牛华镇"), new Case(zhugen, "/members", "牛华镇"),
				new Case(zhugen, "/enterprises", "牛华镇"), new Case(admin, "/admin/users", "没有这个单位"))) {
			String html = page(c.session(), c.list() + "?unit=" + encode(c.typed()), 200);
			assertThat(fieldError(html)).as(c.list())
				.isEqualTo("单位（含下级）：没有找到“" + c.typed() + "”，或该单位不在您的管辖范围内。请输入单位名称后从下拉列表中选择。");
			assertThat(html).as(c.list())
				.containsPattern("id=\"filter-unit\"[^>]*class=\"form-control is-invalid\"")
				.contains("aria-describedby=\"filter-unit-error\"", "没有查询：请先按“单位（含下级）”下的提示更正单位。")
				.doesNotContain("没有符合条件的", "共 0 条");
			String fragment = mvc.perform(get(java.net.URI.create(c.list() + "?unit=" + encode(c.typed())))
				.header("HX-Request", "true").cookie(c.session())).andReturn().getResponse().getContentAsString();
			assertThat(fragment).as(c.list() + " (htmx)").doesNotContain("<html").contains("hx-swap-oob=\"true\"");
			assertThat(fieldError(fragment)).as(c.list() + " (htmx)").startsWith("单位（含下级）：没有找到");
		}
		String fine = mvc.perform(get(java.net.URI.create("/demands?unit=" + encode("竹根镇"))).header("HX-Request", "true")
			.cookie(zhugen)).andReturn().getResponse().getContentAsString();
		assertThat(fine).as("a unit in scope clears the field's reason").contains("hx-swap-oob=\"true\"")
			.doesNotContain("filter-unit-error", "is-invalid");
	}

	private static String fieldError(String html) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("<div id=\"filter-unit-error\" class=\"invalid-feedback\">([^<]*)</div>")
			.matcher(html);
		return m.find() ? m.group(1) : "";
	}

	/** A village name in two towns: the department must pick; the town officer sees only his own. */
	@Test
	@Transactional
	void aNameTwoUnitsBearIsRefusedAskingToPickFromTheList() throws Exception {
		jdbc.sql("""
				insert into org_unit (id, code, name, kind, parent_id, path, depth)
				select nextval('org_unit_id_seq'), '511112101299', '幸福村委会', 'VILLAGE', t.id,
				  t.path || currval('org_unit_id_seq') || '/', t.depth + 1
				from org_unit t where t.code = '511112101'""").update();
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		assertThat(page(staff, "/members?unit=" + encode("幸福村委会"), 200))
			.contains("单位（含下级）：有 2 个单位名为“幸福村委会”，请从下拉列表中选择");
		assertThat(page(staff, "/members?unit=" + encode("幸福村委会 (511112101299)"), 200)).doesNotContain("alert-warning");
		assertThat(suggest(staff, "幸福村委会", "scope")).contains("属于 竹根镇", "属于 牛华镇");
		Cookie zhugen = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		assertThat(page(zhugen, "/members?unit=" + encode("幸福村委会"), 200)).doesNotContain("alert-warning");
	}

	/** NUL bytes, 1,000 characters and unknown codes: refused or empty, never a 5xx. */
	@Test
	void hostileValuesNeverReachTheDatabaseAsErrors() throws Exception {
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String token = DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		List<String> hostile = List.of("a\u0000b", "竹".repeat(1000), "NO-SUCH-UNIT", "%", "_", "' or 1=1 --",
				"x (NO-SUCH)");
		for (String value : hostile) {
			for (String url : List.of("/units/suggest?field=unit&unit=", "/units/suggest?q=", "/members?unit=",
					"/demands?unit=", "/enterprises?unit=", "/admin/users?unit=", "/demands/figures?unit=",
					"/proposal-figures?unit=", "/members/coverage?unit=", "/demands/handlers?unitCode=",
					"/units/suggest?reach=handling&field=" + encode(value) + "&q=")) {
				int status = mvc.perform(get(java.net.URI.create(url + encode(value))).cookie(staff)).andReturn().getResponse().getStatus();
				assertThat(status).as(url + value.substring(0, Math.min(10, value.length()))).isLessThan(500);
			}
			for (String api : List.of("/api/v1/demands/figures?unit=", "/api/v1/members/coverage?unit=",
					"/api/v1/proposal-figures?unit=", "/api/v1/members?unit=", "/api/v1/demands?unit=")) {
				int status = mvc.perform(get(java.net.URI.create(api + encode(value))).header("Authorization", "Bearer " + token)).andReturn()
					.getResponse().getStatus();
				assertThat(status).as(api).isIn(200, 400, 404);
			}
		}
	}

	private static String encode(String text) {
		// %20 for blanks: MockMvc reads a query's "+" literally, as browsers' forms never send it for a blank
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
