package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

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
import org.tongxin.StatementCounter;
import org.tongxin.shared.person.ChineseIdNumber;

/**
 * A person's change history: who changed which field, when and through what, after API and form
 * changes; sensitive values encrypted at rest, masked for a role without MEMBER_SENSITIVE_VIEW and
 * audited when shown; another town's person answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberHistoryTests {

	static final String ZHUGEN_VILLAGE = "511112100003";

	static final String NIUHUA_VILLAGE = "511112101004";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MemberClient client;

	private String staff;

	private String zhugen;

	@BeforeEach
	void signIn() throws Exception {
		client = new MemberClient(mvc);
		staff = client.token("staff");
		zhugen = client.token("zhugen");
	}

	private long create(String body) throws Exception {
		String answer = mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private void change(long person, String token, String json) throws Exception {
		mvc.perform(patch("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(token))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());
	}

	private long sensitiveViews(long person) {
		return jdbc.sql("select count(*) from audit_event where action = 'SENSITIVE_VIEW' and target_id = :t"
				+ " and detail like '%history%'").param("t", String.valueOf(person)).query(Long.class).single();
	}

	private String history(long person, String token) throws Exception {
		return mvc.perform(get("/api/v1/members/" + person + "/history").header("Authorization", MemberClient.bearer(token)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theHistoryShowsWhoChangedWhatWhenAndThroughWhat() throws Exception {
		ChineseIdNumber id = MemberClient.freshIdNumber(true);
		long person = create("{\"name\":\"史一\",\"unitCode\":\"" + ZHUGEN_VILLAGE + "\",\"idNumber\":\"" + id.value()
				+ "\",\"phone\":\"13800001111\",\"religion\":\"佛教\",\"workUnit\":\"竹根镇卫生院\"}");
		change(person, staff, "{\"name\":\"史二\",\"phone\":\"13800002222\",\"religion\":\"\",\"gender\":\"MALE\","
				+ "\"categories\":[\"DEMOCRATIC_PARTY\",\"OTHER\"],\"version\":0}");

		long viewsBefore = sensitiveViews(person);
		String body = history(person, staff);
		List<Map<String, Object>> entries = JsonPath.read(body, "$.entries");
		// newest first: the change's fields, then the registration
		assertThat(entries).extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("name", "phone", "religion", "categories", "created");
		assertThat(entries.get(entries.size() - 1)).containsEntry("field", "created");
		Map<String, Object> name = entries.stream().filter(e -> "name".equals(e.get("field"))).findFirst().orElseThrow();
		assertThat(name).containsEntry("before", "史一").containsEntry("after", "史二")
			.containsEntry("actorName", "王丽（统战部）").containsEntry("source", "API").containsEntry("masked", false);
		assertThat((String) name.get("at")).isNotBlank();
		Map<String, Object> phone = entries.stream().filter(e -> "phone".equals(e.get("field"))).findFirst().orElseThrow();
		assertThat(phone).containsEntry("before", "13800001111").containsEntry("after", "13800002222")
			.containsEntry("sensitive", true).containsEntry("masked", false);
		Map<String, Object> religion = entries.stream().filter(e -> "religion".equals(e.get("field"))).findFirst().orElseThrow();
		assertThat(religion).containsEntry("before", "佛教").containsEntry("after", null);
		// gender was filled from the ID number at registration, so giving it again changed nothing
		assertThat(entries).noneMatch(e -> "gender".equals(e.get("field")));
		assertThat(sensitiveViews(person)).as("the unmasked view is audited").isEqualTo(viewsBefore + 1);

		// at rest the sensitive values are ciphertext, the others are text
		List<Map<String, Object>> rows = jdbc.sql("select field, old_value, new_value, sealed from members_person_change"
				+ " where person_id = :p").param("p", person).query().listOfRows();
		assertThat(rows.toString()).doesNotContain("13800001111").doesNotContain("13800002222").doesNotContain("佛教")
			.contains("史一");
		assertThat(rows).filteredOn(r -> "phone".equals(r.get("field"))).singleElement()
			.satisfies(r -> assertThat(r.get("sealed")).isEqualTo(true));

		// the page and the section, unmasked with their audit record, stay within the page budget
		Cookie session = client.login("staff");
		for (MockHttpServletRequestBuilder page : List.of(get("/members/" + person + "/history").cookie(session),
				get("/members/" + person + "/history").cookie(session).header("HX-Request", "true"))) {
			StatementCounter.reset();
			mvc.perform(page).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("13800002222")));
			assertThat(StatementCounter.count()).as("%s", StatementCounter.statements()).isLessThanOrEqualTo(10);
		}
	}

	@Test
	void aRoleWithoutSensitiveViewSeesMasksAndIsNotAudited() throws Exception {
		long person = create("{\"name\":\"史三\",\"unitCode\":\"" + ZHUGEN_VILLAGE + "\",\"phone\":\"13800003333\","
				+ "\"ethnicity\":\"彝族\"}");
		change(person, staff, "{\"phone\":\"13800004444\",\"ethnicity\":\"汉族\",\"post\":\"村医\",\"version\":0}");
		long viewsBefore = sensitiveViews(person);
		String body = history(person, zhugen);
		assertThat(body).doesNotContain("13800003333").doesNotContain("13800004444").doesNotContain("彝族");
		List<Map<String, Object>> entries = JsonPath.read(body, "$.entries");
		assertThat(entries).filteredOn(e -> "phone".equals(e.get("field"))).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("before", "***").containsEntry("after", "***")
				.containsEntry("masked", true));
		assertThat(entries).filteredOn(e -> "post".equals(e.get("field"))).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("after", "村医").containsEntry("masked", false));
		assertThat(sensitiveViews(person)).isEqualTo(viewsBefore);

		// the page masks too, and names the fields by their labels
		Cookie session = client.login("zhugen");
		mvc.perform(get("/members/" + person + "/history").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("联系电话")))
			.andExpect(content().string(Matchers.containsString("村医")))
			.andExpect(content().string(Matchers.containsString("***")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13800004444"))));
	}

	@Test
	void aFormChangeIsRecordedWithItsAuthorAndShownInTheDetailSection() throws Exception {
		long person = create("{\"name\":\"史四\",\"unitCode\":\"" + ZHUGEN_VILLAGE + "\",\"workUnit\":\"竹根镇农业服务中心\"}");
		Cookie session = client.login("zhugen");
		mvc.perform(post("/members/" + person + "/edit").cookie(session).with(csrf()).param("name", "史四")
				.param("unitCode", ZHUGEN_VILLAGE).param("gender", "FEMALE").param("birthDate", "")
				.param("workUnit", "竹根镇卫生院").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		// the detail page loads the section lazily; htmx asks for the fragment
		mvc.perform(get("/members/" + person).cookie(session))
			.andExpect(content().string(Matchers.containsString("hx-get=\"/members/" + person + "/history\"")));
		mvc.perform(get("/members/" + person + "/history").cookie(session).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))))
			.andExpect(content().string(Matchers.containsString("李明（竹根镇统战干事）")))
			.andExpect(content().string(Matchers.containsString("工作单位")))
			.andExpect(content().string(Matchers.containsString("竹根镇农业服务中心")))
			.andExpect(content().string(Matchers.containsString("竹根镇卫生院")))
			.andExpect(content().string(Matchers.containsString("页面")))
			.andExpect(content().string(Matchers.containsString("女")));
		assertThat(jdbc.sql("select source from members_person_change where person_id = :p and field = 'workUnit'")
			.param("p", person).query(String.class).single()).isEqualTo("FORM");
	}

	@Test
	void anotherTownsPersonHistoryIsNotFound() throws Exception {
		long person = create("{\"name\":\"史五\",\"unitCode\":\"" + NIUHUA_VILLAGE + "\"}");
		mvc.perform(get("/api/v1/members/" + person + "/history").header("Authorization", MemberClient.bearer(zhugen)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/members/" + person + "/history").cookie(client.login("zhugen")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/members/" + person + "/history").header("Authorization", MemberClient.bearer(client.token("niuhua"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].field").value("created"));
	}

}
