package org.tongxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused form names every problem at once: two bad fields come back both marked next to the
 * field, and both in the summary at the top (ui.md), for each create form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FormErrorsTests {

	@Autowired
	MockMvc mvc;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private Cookie login(String user) throws Exception {
		return DemoLogins.login(mvc, user, DemoLogins.DEMO_PASSWORD);
	}

	/** The refused form's page, which must mark each field and list at least as many problems at the top. */
	private void assertBothMarked(MockHttpServletRequestBuilder request, Cookie session, String... fields) throws Exception {
		String html = mvc.perform(request.cookie(session).with(csrf())).andReturn().getResponse().getContentAsString();
		for (String field : fields) {
			assertThat(controls(html, field)).as("field %s marked", field).anyMatch(tag -> tag.contains("is-invalid"));
		}
		Matcher summary = Pattern.compile("(?s)<div class=\"alert alert-danger\" role=\"alert\">.*?</ul>").matcher(html);
		assertThat(summary.find()).as("an error summary at the top").isTrue();
		assertThat(summary.group().split("<li").length - 1).as("problems in the summary").isGreaterThanOrEqualTo(fields.length);
	}

	private static List<String> controls(String html, String field) {
		Matcher m = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"" + Pattern.quote(field) + "\"[^>]*>")
			.matcher(html);
		return m.results().map(r -> r.group()).filter(tag -> !tag.contains("type=\"hidden\"")).toList();
	}

	@Test
	void theMemberForm() throws Exception {
		assertBothMarked(post("/members").param("name", "").param("unitCode", "不存在的单位").param("phone", "12"),
				login("zhugen"), "name", "unitCode", "phone");
	}

	@Test
	void theDemandSubmission() throws Exception {
		assertBothMarked(post("/demands").param("title", "").param("description", "<b>x</b>"), login("zhugen"), "title",
				"description");
	}

	@Test
	void theProposalDraft() throws Exception {
		assertBothMarked(post("/proposals").param("categoryCode", "NO-SUCH").param("title", "").param("body", ""),
				login("member"), "categoryCode", "title", "body");
	}

	@Test
	void theReport() throws Exception {
		assertBothMarked(post("/reports").param("categoryCode", "").param("title", "").param("body", "x"), login("member"),
				"categoryCode", "title");
	}

	@Test
	void theDecision() throws Exception {
		assertBothMarked(post("/decisions").param("issuer", "").param("reference", "").param("title", "t")
			.param("decidedOn", "2026-02-30"), login("staff"), "issuer", "reference", "decidedOn");
	}

	@Test
	void theEnterprise() throws Exception {
		assertBothMarked(post("/enterprises").param("name", "").param("creditCode", "123").param("unitCode", "牛华镇"),
				login("zhugen"), "name", "creditCode", "unitCode");
	}

	@Test
	void theUser() throws Exception {
		assertBothMarked(post("/admin/users").param("username", "!").param("displayName", "").param("homeUnitCode", "")
			.param("password", "x"), DemoLogins.login(mvc, "admin", adminPassword), "username", "displayName",
				"homeUnitCode");
	}

	/** A decision's implementation item: the title, the unit and the dates together. */
	@Test
	void theDecisionsImplementationItem() throws Exception {
		Cookie staff = login("staff");
		String location = mvc.perform(post("/decisions").cookie(staff).with(csrf()).param("issuer", "PARTY_COMMITTEE")
				.param("reference", "表单〔2026〕" + System.nanoTime() % 100000 + "号").param("title", "表单测试")
				.param("decidedOn", "2026-01-05")).andReturn().getResponse().getRedirectedUrl();
		String page = FollowRedirect.page(mvc, staff, mvc.perform(post(location + "/results").cookie(staff).with(csrf())
			.param("title", "").param("ownerUnitCode", "没有这个单位").param("dueOn", "2026-13-45")).andReturn(), location);
		for (String field : List.of("title", "ownerUnitCode", "dueOn")) {
			assertThat(controls(page, field)).as(field).anyMatch(tag -> tag.contains("is-invalid"));
		}
	}

}
