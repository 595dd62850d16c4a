package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.members.internal.SearchIndexCheck;
import org.tongxin.shared.person.ChineseIdNumber;

/**
 * The member list's search through the index: names of one and two characters by any of their
 * characters, full pinyin and initials (polyphonic surnames read as surnames), work unit words,
 * the ID number's tail only for MEMBER_SENSITIVE_VIEW, and never a person outside the data scope
 * (list page, API, export).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberSearchTests {

	static final String ZHUGEN_VILLAGE = "511112100003";

	static final String NIUHUA_VILLAGE = "511112101004";

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndexCheck searchIndex;

	private MemberClient client;

	private String staff;

	@BeforeEach
	void signIn() throws Exception {
		client = new MemberClient(mvc);
		staff = client.token("staff");
	}

	private long person(String name, String unit, String idNumber, String workUnit) throws Exception {
		String body = "{\"name\":\"" + name + "\",\"unitCode\":\"" + unit + "\",\"idNumber\":\"" + idNumber
				+ "\",\"workUnit\":\"" + workUnit + "\",\"categories\":[\"OTHER\"]}";
		String answer = mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	@Test
	void aSearchTextLongerThanAnyNameIsRefusedAtTheField() throws Exception {
		String page = "zh".repeat(512);
		mvc.perform(get("/api/v1/members").param("q", page).header("Authorization", MemberClient.bearer(staff)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		mvc.perform(get("/api/v1/members").param("q", "张".repeat(50)).header("Authorization", MemberClient.bearer(staff)))
			.andExpect(status().isOk());
	}

	/** The ids the API lists for the text, newest first (the test's people are among the newest). */
	private List<Long> found(String token, String text) throws Exception {
		String body = mvc.perform(get("/api/v1/members").param("q", text).param("sort", "updatedAt").param("dir", "desc")
				.param("size", "100").header("Authorization", MemberClient.bearer(token)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(body, "$.content[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	@Test
	void namesOfOneAndTwoCharactersAreFoundByAnyOfTheirCharacters() throws Exception {
		long dingzihan = person("丁子涵", ZHUGEN_VILLAGE, "", "");
		long yuyue = person("于玥", ZHUGEN_VILLAGE, "", "");
		long single = person("翀", ZHUGEN_VILLAGE, "", "");
		searchIndex.awaitCurrent(Duration.ofSeconds(30));
		for (String text : new String[] { "丁", "子涵", "丁子涵", "涵" }) {
			assertThat(found(staff, text)).as(text).contains(dingzihan);
		}
		for (String text : new String[] { "于", "玥", "于玥" }) {
			assertThat(found(staff, text)).as(text).contains(yuyue);
		}
		assertThat(found(staff, "翀")).contains(single);
		assertThat(found(staff, "丁涵")).as("characters that do not stand together").doesNotContain(dingzihan);
	}

	@Test
	void pinyinAndInitialsFindAPersonAndPolyphonicSurnamesReadAsSurnames() throws Exception {
		long zhang = person("张三丰", ZHUGEN_VILLAGE, "", "");
		long zeng = person("曾令琪", ZHUGEN_VILLAGE, "", "");
		long shan = person("单雄信", ZHUGEN_VILLAGE, "", "");
		searchIndex.awaitCurrent(Duration.ofSeconds(30));
		for (String text : new String[] { "zhangsanfeng", "zhang san feng", "ZhangSan", "zsf", "zs" }) {
			assertThat(found(staff, text)).as(text).contains(zhang);
		}
		for (String text : new String[] { "zenglingqi", "zeng ling", "zlq" }) {
			assertThat(found(staff, text)).as(text).contains(zeng);
		}
		assertThat(found(staff, "cenglingqi")).doesNotContain(zeng);
		for (String text : new String[] { "shanxiongxin", "sxx" }) {
			assertThat(found(staff, text)).as(text).contains(shan);
		}
		assertThat(found(staff, "danxiongxin")).doesNotContain(shan);
	}

	@Test
	void workUnitWordsFindAPerson() throws Exception {
		long doctor = person("柏林杉", ZHUGEN_VILLAGE, "", "五通桥区第三人民医院");
		searchIndex.awaitCurrent(Duration.ofSeconds(30));
		assertThat(found(staff, "人民医院")).contains(doctor);
		assertThat(found(staff, "第三人民医院")).contains(doctor);
		assertThat(found(staff, "中学")).doesNotContain(doctor);
	}

	@Test
	void theIdNumberTailFindsAPersonOnlyForThoseWhoMaySeeIt() throws Exception {
		ChineseIdNumber number = MemberClient.freshIdNumber(true);
		long person = person("尾号甲", ZHUGEN_VILLAGE, number.value(), "");
		searchIndex.awaitCurrent(Duration.ofSeconds(30));
		String id = number.value();
		String leader = client.token("leader");
		for (int length = 4; length <= 6; length++) {
			String tail = id.substring(id.length() - length);
			assertThat(found(staff, tail)).as("staff, last " + length).contains(person);
			assertThat(found(leader, tail)).as("leader without MEMBER_SENSITIVE_VIEW, last " + length).doesNotContain(person);
		}
		assertThat(found(staff, id.substring(id.length() - 7, id.length() - 1))).as("not a tail").doesNotContain(person);
	}

	@Test
	void aTownOfficerNeverFindsAnotherTownsPersonByAnyQuery() throws Exception {
		long niuhua = person("牛犇犇", NIUHUA_VILLAGE, "", "牛华镇盐业公司");
		long zhugen = person("竹犇犇", ZHUGEN_VILLAGE, "", "牛华镇盐业公司");
		searchIndex.awaitCurrent(Duration.ofSeconds(30));
		String officer = client.token("zhugen");
		for (String text : new String[] { "牛犇犇", "犇", "犇犇", "niubenben", "nbb", "盐业公司" }) {
			assertThat(found(staff, text)).as("staff: " + text).contains(niuhua);
			assertThat(found(officer, text)).as("zhugen: " + text).doesNotContain(niuhua);
			String page = mvc.perform(get("/members").param("q", text).header("HX-Request", "true").cookie(client.login("zhugen")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).as("page: " + text).doesNotContain("牛犇犇");
		}
		assertThat(found(officer, "犇犇")).as("his own town's namesake").contains(zhugen);
		// the export answers the same criteria; a town officer has no export at all
		mvc.perform(get("/api/v1/members/export.xlsx").param("q", "犇").header("Authorization", MemberClient.bearer(officer)))
			.andExpect(status().isForbidden());
		assertThat(exported(staff, "犇犇")).contains("牛犇犇", "竹犇犇");
		assertThat(exported(staff, "犇犇&unit=511112100")).contains("竹犇犇").doesNotContain("牛犇犇");
	}

	private List<String> exported(String token, String query) throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/members/export.xlsx?q=" + query).header("Authorization", MemberClient.bearer(token)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet().read().stream().skip(1).map(r -> r.getCellText(0)).toList();
		}
	}

}
