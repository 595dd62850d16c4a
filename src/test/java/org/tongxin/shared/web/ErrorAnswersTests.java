package org.tongxin.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A browser gets a page, an API client problem+json, in the caller's language, never a stack trace. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ErrorAnswersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aBadOrUnknownAddressInTheBrowserGetsTheErrorPage() throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user("staff").password("Tongxin@2026"))
			.andReturn().getResponse().getCookie("TONGXIN_SESSION");
		mvc.perform(get("/units/abc").cookie(session))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("找不到该记录")));
		mvc.perform(get("/no-such-page").cookie(session))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	@Test
	void routingErrorsOfTheApiAreProblemJsonInTheCallersLanguage() throws Exception {
		String token = JsonPath.read(mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"staff\",\"password\":\"Tongxin@2026\"}")).andReturn().getResponse().getContentAsString(),
				"$.token");
		mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("does not exist")));
		mvc.perform(delete("/api/v1/units").header("Authorization", "Bearer " + token))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + token).contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aFormsAddressOpenedInTheAddressBarGetsTheErrorPageInTheReadersLanguageWithAWayBack() throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user("staff").password("Tongxin@2026"))
			.andReturn().getResponse().getCookie("TONGXIN_SESSION");
		// a step of a proposal: back to the proposal's page (whether or not it exists: the page says so itself)
		mvc.perform(get("/proposals/12/register").cookie(session))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("POST")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("这个地址用于提交表单")))
			.andExpect(content().string(containsString("href=\"/proposals/12\"")))
			.andExpect(content().string(containsString("返回上一级页面")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Method Not Allowed"))));
		mvc.perform(get("/proposals/12/register").param("lang", "en").cookie(session))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("This address receives a form")))
			.andExpect(content().string(containsString("Back to the page")));
		// "results" is not a decision's id: the way back skips /decisions/results for /decisions
		mvc.perform(get("/decisions/results/5/updates").cookie(session).param("lang", "zh_CN"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("href=\"/decisions\"")));
		// app-wide, not only proposals: a report's step and a member module's form
		mvc.perform(get("/reports/3/accept").cookie(session))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("href=\"/reports/3\"")));
	}

	@Test
	void theApiAnswersAWrongMethodWithProblemJsonInTheCallersLanguage() throws Exception {
		String token = JsonPath.read(mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"staff\",\"password\":\"Tongxin@2026\"}")).andReturn().getResponse().getContentAsString(),
				"$.token");
		mvc.perform(get("/api/v1/proposals/12/register").header("Authorization", "Bearer " + token)
				.header("Accept-Language", "en"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("POST")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(405))
			.andExpect(jsonPath("$.detail").value("This address does not accept GET requests; it accepts POST."));
		mvc.perform(get("/api/v1/proposals/12/register").header("Authorization", "Bearer " + token))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.detail").value(containsString("不接受 GET 请求")));
	}

}
