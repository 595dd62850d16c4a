package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.tongxin.identity.UserDirectory;

/**
 * Issue 13, hole 6: a liaison must be a user the officer may name (enabled, may look at the
 * registry, home unit within the officer's scope), in the API and the form, and the form's
 * suggestions offer only those.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LiaisonEligibilityTests {

	private static final String VILLAGE = "511112100003";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Test
	void theApiTakesOnlyLiaisonsWithinTheOfficersScope() throws Exception {
		MemberClient client = new MemberClient(mvc);
		String zhugen = client.token("zhugen");
		long village = id("huangjuejing");
		// another town's officer, a member unit liaison who may not open the registry, an unknown id, nonsense
		for (long refused : new long[] { id("niuhua"), id("jingxin"), 987_654_321L, -5L }) {
			mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(zhugen))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"联系人测\",\"unitCode\":\"" + VILLAGE + "\",\"liaisonUserId\":" + refused + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("liaisonUserId"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("liaisonUserId")));
		}
		String body = mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(zhugen))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"联系人测\",\"unitCode\":\"" + VILLAGE + "\",\"liaisonUserId\":" + village + "}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.liaisonUserId").value(village))
			.andReturn().getResponse().getContentAsString();
		long person = ((Number) JsonPath.read(body, "$.id")).longValue();

		// staff (whole district) names a department colleague; the officer may still edit other fields
		String staff = client.token("staff");
		mvc.perform(patch("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content("{\"liaisonUserId\":" + id("staff") + ",\"version\":0}"))
			.andExpect(status().isOk());
		mvc.perform(patch("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(zhugen))
				.contentType(MediaType.APPLICATION_JSON).content("{\"workUnit\":\"竹根镇卫生院\",\"version\":1}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.liaisonUserId").value(id("staff")));
		// ...but not name someone outside their scope, and 0 removes the liaison
		mvc.perform(patch("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(zhugen))
				.contentType(MediaType.APPLICATION_JSON).content("{\"liaisonUserId\":" + id("niuhua") + ",\"version\":2}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("liaisonUserId"));
		mvc.perform(patch("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(zhugen))
				.contentType(MediaType.APPLICATION_JSON).content("{\"liaisonUserId\":0,\"version\":2}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.liaisonUserId").doesNotExist());
	}

	@Test
	void theFormSuggestsAndTakesOnlyEligibleUsersByName() throws Exception {
		Cookie zhugen = new MemberClient(mvc).login("zhugen");
		String all = suggest(zhugen, "");
		assertThat(all).contains("(huangjuejing)").contains("(zhugen)").doesNotContain("(niuhua)")
			.doesNotContain("(jingxin)").doesNotContain("(staff)").doesNotContain("(admin)");
		assertThat(suggest(zhugen, "huangjue")).contains("(huangjuejing)");
		for (String hostile : new String[] { "x".repeat(5000), "%", "_", "\\", "' or 1=1 --", "(niuhua)" }) {
			assertThat(suggest(zhugen, hostile)).doesNotContain("(niuhua)");
		}
		mvc.perform(get("/members/liaisons/suggest").param("liaison", "").cookie(new MemberClient(mvc).login("leader")))
			.andExpect(status().isForbidden());

		String refused = mvc.perform(post("/members").cookie(zhugen).with(csrf()).param("name", "表单联系人")
				.param("unitCode", VILLAGE).param("liaison", "牛华 (niuhua)"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("is-invalid").contains("不是您管辖范围内可担任联系人的用户");
		String location = mvc.perform(post("/members").cookie(zhugen).with(csrf()).param("name", "表单联系人")
				.param("unitCode", VILLAGE).param("liaison", "x (huangjuejing)"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long person = Long.parseLong(location.substring("/members/".length()));
		assertThat(mvc.perform(get("/members/" + person + "/edit").cookie(zhugen)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("(huangjuejing)");
	}

	private String suggest(Cookie session, String text) throws Exception {
		return mvc.perform(get("/members/liaisons/suggest").param("liaison", text).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long id(String username) {
		return users.findByUsername(username).orElseThrow().id();
	}

}
