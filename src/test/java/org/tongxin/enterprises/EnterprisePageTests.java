package org.tongxin.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The enterprise pages: the list and detail with text escaped, the new form re-shown with the
 * credit code's reason next to the field, another town's enterprise a 404, masked contact phones,
 * the service plan fragment with its overdue flag, and a measure completed through its form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EnterprisePageTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private EnterpriseClient client;

	private Cookie zhugen;

	private String zhugenToken;

	@BeforeEach
	void signIn() throws Exception {
		client = new EnterpriseClient(mvc);
		zhugen = client.login("zhugen");
		zhugenToken = client.token("zhugen");
	}

	private String page(String url, Cookie session) throws Exception {
		return page(get(url), session);
	}

	private String page(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
		return mvc.perform(request.cookie(session).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder form(String url, Cookie session) {
		return post(url).cookie(session).with(csrf()).header("Accept-Language", "zh-CN");
	}

	@Test
	void namesAndNotesAreShownEscaped() throws Exception {
		long id = client.enterprise(zhugenToken, "转义企业" + SCRIPT, "511112100");
		client.contact(zhugenToken, id, "联系人" + SCRIPT.replace("\"", ""), "13812345678");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		client.measure(zhugenToken, id, "{\"text\":\"措施" + SCRIPT + "\",\"startsOn\":\"" + today.minusDays(5)
				+ "\",\"dueOn\":\"" + today.minusDays(1) + "\",\"resultNote\":\"备注" + SCRIPT + "\"}");

		String list = page(get("/enterprises").param("q", "转义企业"), zhugen);
		String detail = page("/enterprises/" + id, zhugen);
		String plan = mvc.perform(get("/enterprises/" + id + "/plan").cookie(zhugen).header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (String html : new String[] { list, detail, plan }) {
			assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		}
		// the plan loads after the page; an overdue open measure is flagged
		assertThat(detail).contains("hx-get=\"/enterprises/" + id + "/plan\"");
		assertThat(plan).contains("measure-overdue").contains("已逾期");
		// a town officer has no MEMBER_SENSITIVE_VIEW: the phone is masked
		assertThat(detail).contains("138****5678").doesNotContain("13812345678");
	}

	@Test
	void theNewFormComesBackWithTheReasonNextToTheField() throws Exception {
		String code = EnterpriseClient.freshCode();
		String html = mvc.perform(form("/enterprises", zhugen).param("name", "表单测试企业")
				.param("creditCode", EnterpriseClient.withWrongCheck(code)).param("unitCode", "511112100")
				.param("status", "ACTIVE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("is-invalid").contains("统一社会信用代码校验位不正确");
		assertThat(jdbc.sql("select count(*) from enterprises_enterprise where name = '表单测试企业'").query(Long.class).single())
			.isZero();

		mvc.perform(form("/enterprises", zhugen).param("name", "表单测试企业").param("creditCode", code)
				.param("unitCode", "511112100").param("park", "竹根镇小微企业创业园").param("status", "ACTIVE"))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from enterprises_enterprise where credit_code = :c").param("c", code).query(Long.class)
			.single();
		assertThat(page("/enterprises/" + id, zhugen)).contains("表单测试企业").contains("竹根镇小微企业创业园");
	}

	@Test
	void anotherTownsEnterpriseIsNotFoundOnThePages() throws Exception {
		String staff = client.token("staff");
		long niuhua = client.enterprise(staff, "牛华页面测试企业", "511112101");
		for (String url : new String[] { "/enterprises/" + niuhua, "/enterprises/" + niuhua + "/plan",
				"/enterprises/" + niuhua + "/edit" }) {
			mvc.perform(get(url).cookie(zhugen)).andExpect(status().isNotFound());
		}
		mvc.perform(form("/enterprises/" + niuhua + "/edit", zhugen).param("name", "改名").param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(page(get("/enterprises").param("q", "牛华页面测试企业"), zhugen))
			.contains("没有符合条件的企业").doesNotContain("href=\"/enterprises/" + niuhua + "\"");
		assertThat(page(get("/enterprises/suggest").param("q", "牛华页面测试"), zhugen)).isEqualTo("[]");
		assertThat(page(get("/enterprises/suggest").param("q", "牛华页面测试"), client.login("staff")))
			.contains("牛华页面测试企业");
	}

	@Test
	void aMeasureIsAddedAndCompletedThroughTheForms() throws Exception {
		long id = client.enterprise(zhugenToken, "页面措施测试企业", "511112100");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String refused = mvc.perform(form("/enterprises/" + id + "/measures", zhugen).param("text", "办理用地手续")
				.param("startsOn", today.toString()).param("dueOn", today.minusDays(1).toString()).param("status", "PLANNED"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("完成期限不能早于开始日期");

		mvc.perform(form("/enterprises/" + id + "/measures", zhugen).param("text", "办理用地手续").param("owner", "区自然资源局")
				.param("startsOn", today.toString()).param("dueOn", today.plusDays(30).toString()).param("status", "PLANNED"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/enterprises/" + id));
		long measure = jdbc.sql("select id from enterprises_measure where enterprise_id = :e").param("e", id)
			.query(Long.class).single();
		mvc.perform(form("/enterprises/measures/" + measure + "/done", zhugen).param("resultNote", "用地手续已办结"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status || ' ' || done_on from enterprises_measure where id = :id").param("id", measure)
			.query(String.class).single()).isEqualTo("DONE " + today);
		String edit = page("/enterprises/measures/" + measure + "/edit", zhugen);
		assertThat(edit).contains("用地手续已办结");
	}

}
