package org.tongxin.members.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxin.members.internal.SearchIndexCheck;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Who could be nominated": the member list's tag, current seat and education filters combined
 * with unit subtree, age band and scope select exactly the right people, in the API, the page and
 * the Excel export alike. Five people of this run (a run-unique name token keeps others out).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NominationFilterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	private SearchIndexCheck searchIndex;

	@Autowired
	JdbcClient jdbc;

	private TalentClient client;

	private String staff;

	private String token;

	@BeforeEach
	void people() throws Exception {
		client = new TalentClient(mvc, jdbc);
		staff = client.token("staff");
		token = "提名" + TalentClient.token();
		// A: young cadre, district CPPCC member now
		long a = person("甲", TalentClient.ZHUGEN_VILLAGE, "1990-05-01", "本科");
		tag(a, "YOUNG_CADRE");
		seat(a, "{\"kind\":\"CPPCC\",\"level\":\"COUNTY\",\"sessionNumber\":10,\"position\":\"委员\",\"startedOn\":\"2022-01-05\"}");
		// B: young cadre and reserve, no seat
		long b = person("乙", TalentClient.ZHUGEN_VILLAGE, "1985-01-01", "硕士研究生");
		tag(b, "YOUNG_CADRE");
		tag(b, "RESERVE_CADRE");
		// C: young cadre of 牛华镇, city NPC deputy now
		long c = person("丙", TalentClient.NIUHUA_VILLAGE, "1992-03-03", "本科");
		tag(c, "YOUNG_CADRE");
		seat(c, "{\"kind\":\"NPC\",\"level\":\"CITY\",\"sessionNumber\":9,\"position\":\"代表\",\"startedOn\":\"2022-01-08\"}");
		// D: no tag, a district NPC seat that ended
		long d = person("丁", TalentClient.ZHUGEN_VILLAGE, "1960-01-01", "本科");
		seat(d, "{\"kind\":\"NPC\",\"level\":\"COUNTY\",\"sessionNumber\":18,\"position\":\"代表\",\"startedOn\":\"2016-12-28\","
				+ "\"endedOn\":\"2021-12-31\"}");
		// E: reserve, a district CPPCC seat that ends in the future (still serving)
		long e = person("戊", TalentClient.ZHUGEN_VILLAGE, "1988-06-06", "本科");
		tag(e, "RESERVE_CADRE");
		seat(e, "{\"kind\":\"CPPCC\",\"level\":\"COUNTY\",\"sessionNumber\":10,\"position\":\"委员\",\"startedOn\":\"2022-01-05\","
				+ "\"endedOn\":\"2099-12-31\"}");
		searchIndex.awaitCurrent(java.time.Duration.ofSeconds(30));
	}

	private long person(String suffix, String unit, String birthDate, String education) throws Exception {
		return client.person(staff, "{\"name\":\"" + token + suffix + "\",\"unitCode\":\"" + unit + "\",\"birthDate\":\""
				+ birthDate + "\",\"education\":\"" + education + "\"}");
	}

	private void tag(long person, String code) throws Exception {
		mvc.perform(TalentClient.api(put("/api/v1/members/" + person + "/tags/" + code), staff)).andExpect(status().isOk());
	}

	private void seat(long person, String json) throws Exception {
		mvc.perform(TalentClient.api(post("/api/v1/members/" + person + "/posts"), staff).content(json))
			.andExpect(status().isCreated());
	}

	/** The suffixes (甲乙…) of the people the list answers, sorted by name. */
	private String found(String user, String filters) throws Exception {
		String body = mvc.perform(get("/api/v1/members?size=100&q=" + token + "&" + filters)
				.header("Authorization", "Bearer " + client.token(user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> names = JsonPath.read(body, "$.content[*].name");
		return names.stream().map(n -> n.substring(token.length())).sorted(java.util.Comparator.comparing(
				s -> "甲乙丙丁戊".indexOf(s))).collect(Collectors.joining());
	}

	@Test
	void eachFilterAloneSelectsExactlyItsPeople() throws Exception {
		assertThat(found("staff", "")).isEqualTo("甲乙丙丁戊");
		assertThat(found("staff", "tag=YOUNG_CADRE")).isEqualTo("甲乙丙");
		assertThat(found("staff", "tag=reserve_cadre")).isEqualTo("乙戊");
		assertThat(found("staff", "postKind=CPPCC")).isEqualTo("甲戊");
		assertThat(found("staff", "postKind=NPC")).as("an ended seat does not count").isEqualTo("丙");
		assertThat(found("staff", "postLevel=CITY")).isEqualTo("丙");
		assertThat(found("staff", "postKind=ANY")).isEqualTo("甲丙戊");
		assertThat(found("staff", "postKind=NONE")).isEqualTo("乙丁");
		assertThat(found("staff", "education=硕士研究生")).isEqualTo("乙");
	}

	@Test
	void combinedWithUnitAgeAndScopeTheyAnswerWhoCouldBeNominated() throws Exception {
		assertThat(found("staff", "tag=YOUNG_CADRE&unit=511112100")).isEqualTo("甲乙");
		assertThat(found("staff", "tag=YOUNG_CADRE&postKind=NONE")).isEqualTo("乙");
		assertThat(found("staff", "postKind=CPPCC&postLevel=COUNTY&education=本科&ageFrom=30&ageTo=40")).isEqualTo("甲戊");
		assertThat(found("staff", "education=本科&ageTo=35")).isEqualTo("丙");
		assertThat(found("zhugen", "tag=YOUNG_CADRE")).as("a town officer: his town only").isEqualTo("甲乙");
		assertThat(found("niuhua", "tag=YOUNG_CADRE&postKind=NPC&postLevel=CITY")).isEqualTo("丙");
	}

	@Test
	void badFilterValuesNameTheirField() throws Exception {
		for (String[] bad : new String[][] { { "postKind=MAYOR", "postKind" }, { "postLevel=TOWN", "postLevel" },
				{ "tag=no-such", "tag" } }) {
			mvc.perform(get("/api/v1/members?" + bad[0]).header("Authorization", "Bearer " + staff))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad[1]));
		}
		mvc.perform(get("/members?postKind=MAYOR").cookie(client.login("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("现任代表职务须为")));
	}

	@Test
	void thePageAndTheExportUseTheSameCriteria() throws Exception {
		mvc.perform(get("/members?q=" + token + "&tag=YOUNG_CADRE&postKind=NONE").cookie(client.login("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(token + "乙"), not(containsString(token + "甲")),
					containsString("<option value=\"YOUNG_CADRE\" selected=\"selected\">优秀年轻党外干部</option>"),
					containsString("tag=YOUNG_CADRE&amp;postKind=NONE"))));
		byte[] xlsx = mvc.perform(get("/api/v1/members/export.xlsx?q=" + token + "&tag=YOUNG_CADRE&unit=511112100")
				.header("Authorization", "Bearer " + staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> names = workbook.getFirstSheet().read().stream().skip(1).map(r -> r.getCellText(0)).toList();
			assertThat(names).containsExactly(token + "甲", token + "乙");
		}
		assertThat(jdbc.sql("select detail from audit_event where action in ('SENSITIVE_EXPORT', 'MEMBER_EXPORT')"
				+ " order by id desc limit 1").query(String.class).single()).contains("tag=YOUNG_CADRE");
	}

}
