package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.identity.UserDirectory;

/** The coverage gap as a list: people nobody is liaison for, in the list API, the page and from the coverage figures. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LiaisonFilterTests {

	private static final String VILLAGE = "511112100004";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Test
	void peopleWithoutALiaisonAreListedApart() throws Exception {
		MemberClient client = new MemberClient(mvc);
		String staff = client.token("staff");
		long zhugen = users.findByUsername("zhugen").orElseThrow().id();
		long with = create(staff, "有联系人", zhugen);
		long without = create(staff, "无联系人", null);

		List<Integer> none = ids(staff, "NONE");
		List<Integer> assigned = ids(staff, "ASSIGNED");
		assertThat(none).contains((int) without).doesNotContain((int) with);
		assertThat(assigned).contains((int) with).doesNotContain((int) without);
		mvc.perform(get("/api/v1/members").param("liaison", "SOMETIMES").header("Authorization", MemberClient.bearer(staff)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("liaison"));

		var session = client.login("staff");
		mvc.perform(get("/members").param("unit", VILLAGE).param("liaison", "NONE").param("sort", "updatedAt").param("dir", "desc")
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("无联系人")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("有联系人"))));
		mvc.perform(get("/members/coverage").param("unit", VILLAGE).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("liaison=NONE")));
	}

	private List<Integer> ids(String token, String liaison) throws Exception {
		String body = mvc.perform(get("/api/v1/members").param("unit", VILLAGE).param("liaison", liaison).param("size", "100")
				.param("sort", "updatedAt").param("dir", "desc").header("Authorization", MemberClient.bearer(token)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.content[*].id");
	}

	private long create(String token, String name, Long liaison) throws Exception {
		String body = mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"unitCode\":\"" + VILLAGE + "\""
						+ (liaison == null ? "" : ",\"liaisonUserId\":" + liaison) + "}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
