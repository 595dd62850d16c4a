package org.tongxin.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A NUL character in a search box or a filter is refused with a reason naming the field (before,
 * PostgreSQL's refusal came back as a 500 on proposals, enterprises, demands, reports and users).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NulCharacterTests {

	private static final String NUL = "a\u0000b";

	@Autowired
	MockMvc mvc;

	String token;

	Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		token = JsonPath.read(mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"staff\",\"password\":\"Tongxin@2026\"}")).andReturn().getResponse().getContentAsString(),
				"$.token");
		session = mvc.perform(formLogin("/login").user("staff").password("Tongxin@2026"))
			.andReturn().getResponse().getCookie("TONGXIN_SESSION");
	}

	@Test
	void theApiNamesTheParameter() throws Exception {
		String[][] routes = { { "/api/v1/proposals", "q" }, { "/api/v1/proposals", "unit" }, { "/api/v1/enterprises", "q" },
				{ "/api/v1/enterprises", "unit" }, { "/api/v1/demands", "q" }, { "/api/v1/demands", "category" },
				{ "/api/v1/reports", "q" }, { "/api/v1/users", "q" }, { "/api/v1/users", "unit" }, { "/api/v1/members", "q" } };
		for (String[] route : routes) {
			mvc.perform(get(route[0]).param(route[1], NUL).header("Authorization", "Bearer " + token))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(route[1]));
		}
	}

	@Test
	void pagesAnswerWithTheReason() throws Exception {
		for (String page : new String[] { "/proposals", "/enterprises", "/demands", "/reports", "/admin/users", "/members" }) {
			mvc.perform(get(page).param("q", NUL).cookie(session))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("不允许的空字符")));
		}
	}

	@Test
	void aJsonBodyNamesTheField() throws Exception {
		mvc.perform(post("/api/v1/members").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"张\\u0000三\",\"unitCode\":\"511112100003\",\"categories\":[\"OTHER\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/demands").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"标题\",\"description\":\"a\\u0000b\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
	}

	@Test
	void aLoginWithANulIsAWrongLoginNotAnError() throws Exception {
		mvc.perform(formLogin("/login").user(NUL).password("Tongxin@2026")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"st\\u0000aff\",\"password\":\"Tongxin@2026\"}"))
			.andExpect(status().is4xxClientError());
	}

}
