package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.tongxin.members.export.ExportClient;
import org.tongxin.shared.person.ChineseIdNumber;

/**
 * Issue 13, hole 1: a role without MEMBER_SENSITIVE_VIEW must not be able to rebuild an ID number
 * from what it can read and probe. Everything such a town officer (zhugen) can reach about one
 * person is collected (list page and API, detail page and API, the edit form, the history page and
 * API, an export, a sort by birth date, a search by the ID's tail), the candidates that fit are
 * counted, and the oracles (age filter, sort, edit) are tried.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdNumberRebuildTests {

	private static final String TOWN = "511112100";

	private static final String VILLAGE = "511112100003";

	private static final LocalDate BORN = LocalDate.of(1983, 7, 19);

	private static final int ENOUGH = 10_000;

	@Autowired
	MockMvc mvc;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	@Test
	void aMaskedRoleCannotNarrowAnIdNumberBelowTenThousandCandidates() throws Exception {
		MemberClient client = new MemberClient(mvc);
		String staff = client.token("staff");
		String zhugen = client.token("zhugen");
		Cookie zhugenSession = client.login("zhugen");
		String name = uniqueName();
		ChineseIdNumber id = ChineseIdNumber.generate("511112", BORN, new Random().nextInt(1000), true);
		// registered with a birth date a day off, then given the ID number: the history holds both dates
		long person = create(staff, "{\"name\":\"" + name + "\",\"unitCode\":\"" + VILLAGE
				+ "\",\"birthDate\":\"" + BORN.minusDays(1) + "\"}");
		mvc.perform(patch("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"idNumber\":\"" + id.value() + "\",\"birthDate\":\"" + BORN + "\",\"version\":0}"))
			.andExpect(status().isOk());

		StringBuilder seen = new StringBuilder();
		seen.append(read(get("/api/v1/members").param("q", name).header("Authorization", MemberClient.bearer(zhugen))));
		seen.append(read(get("/api/v1/members").param("q", name).param("sort", "birthDate")
			.header("Authorization", MemberClient.bearer(zhugen))));
		seen.append(read(get("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(zhugen))));
		seen.append(read(get("/api/v1/members/" + person + "/history").header("Authorization", MemberClient.bearer(zhugen))));
		seen.append(read(get("/members").param("q", name).cookie(zhugenSession)));
		seen.append(read(get("/members/" + person).cookie(zhugenSession)));
		seen.append(read(get("/members/" + person + "/edit").cookie(zhugenSession)));
		seen.append(read(get("/members/" + person + "/history").cookie(zhugenSession)));
		seen.append(exported(name));
		String text = seen.toString();

		// the year and the first digits are there (the officer needs to tell people apart)...
		assertThat(text).contains(name).contains(String.valueOf(BORN.getYear())).contains(id.masked());
		// ...the rest of the number is not, in any spelling
		assertThat(text).doesNotContain(id.value()).doesNotContain(id.value().substring(6, 14))
			.doesNotContain(id.value().substring(14) + "\"").doesNotContain("*" + id.value().substring(14));
		long candidates = candidates(text, id);
		assertThat(candidates).isGreaterThanOrEqualTo(ENOUGH);

		// a search by the ID's tail finds nobody for a masked role
		assertThat(read(get("/api/v1/members").param("q", id.value().substring(14))
			.header("Authorization", MemberClient.bearer(zhugen)))).doesNotContain(name);
		assertOraclesAnswerTheSameWhateverTheDate(zhugen, name, person, id);
	}

	/**
	 * The numbers that fit what was read, with the region taken as known (it is the district's):
	 * the dates of the shown year not ruled out (one if the date appears in any spelling) times the
	 * sequences of the shown sex (one if the last four characters appear beside the mask).
	 */
	private static long candidates(String text, ChineseIdNumber id) {
		LocalDate date = id.birthDate();
		List<DateTimeFormatter> spellings = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.BASIC_ISO_DATE,
				DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy年M月d日"),
				DateTimeFormatter.ofPattern("yyyy.MM.dd"));
		boolean dateShown = spellings.stream().anyMatch(f -> text.contains(date.format(f)));
		long dates = dateShown ? 1 : Year.of(date.getYear()).length();
		boolean tailShown = text.contains("*" + id.value().substring(14)) || text.contains(id.value().substring(10));
		long sequences = tailShown ? 1 : 500;
		return dates * sequences;
	}

	private void assertOraclesAnswerTheSameWhateverTheDate(String zhugen, String name, long person, ChineseIdNumber id)
			throws Exception {
		int age = LocalDate.now().getYear() - BORN.getYear();
		// ages count whole birth years: the band of the birth year holds the person whatever the day
		assertThat(ids(zhugen, name, "&ageFrom=" + age + "&ageTo=" + age)).contains(person);
		assertThat(ids(zhugen, name, "&ageFrom=" + (age + 1))).doesNotContain(person);
		assertThat(ids(zhugen, name, "&ageTo=" + (age - 1))).doesNotContain(person);

		// a probe born on the last day of that year, typed in by the officer, sorts beside the person by
		// year only (then by registration): the same order both ways, so nothing to bisect against
		long probe = create(zhugen, "{\"name\":\"" + name + "探\",\"unitCode\":\"" + VILLAGE + "\",\"birthDate\":\""
				+ LocalDate.of(BORN.getYear(), 12, 31) + "\"}");
		String sameYear = "unit=" + VILLAGE + "&ageFrom=" + age + "&ageTo=" + age + "&size=100&sort=birthDate&dir=";
		for (String direction : List.of("asc", "desc")) {
			List<Long> order = ids(zhugen, null, "&" + sameYear + direction);
			assertThat(order).contains(person, probe);
			assertThat(order.indexOf(person)).as(direction).isLessThan(order.indexOf(probe));
		}

		// typing a birth date is refused alike, right or wrong: no "mismatch" to test guesses with
		for (LocalDate guess : List.of(BORN, BORN.plusDays(1))) {
			mvc.perform(patch("/api/v1/members/" + person).header("Authorization", MemberClient.bearer(zhugen))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"birthDate\":\"" + guess + "\",\"version\":1}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("birthDate"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("由身份证号确定")));
		}
	}

	private String exported(String name) throws Exception {
		ExportClient exports = new ExportClient(mvc);
		String admin = org.tongxin.DemoLogins.token(mvc, "admin", adminPassword);
		Cookie exporter = exports.newUser(admin, TOWN, "\"MEMBER_VIEW\",\"MEMBER_EXPORT\"");
		byte[] xlsx = mvc.perform(get("/members/export.xlsx").param("q", name).cookie(exporter))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		for (Row row : ExportClient.rows(xlsx)) {
			for (int c = 0; c < row.getCellCount(); c++) {
				text.append(ExportClient.text(row, c)).append('\t');
			}
			text.append('\n');
		}
		assertThat(text).contains(name);
		return text.toString();
	}

	private List<Long> ids(String token, String name, String query) throws Exception {
		var request = get("/api/v1/members").header("Authorization", MemberClient.bearer(token));
		if (name != null) {
			request.param("q", name);
		}
		for (String pair : query.substring(1).split("&")) {
			request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		String body = read(request);
		List<Number> ids = JsonPath.read(body, "$.content[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private long create(String token, String json) throws Exception {
		String body = mvc.perform(post("/api/v1/members").header("Authorization", MemberClient.bearer(token))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private String read(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** A name no other test uses, in Chinese characters only (digits could pass for part of a date). */
	private static String uniqueName() {
		String chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
		Random random = new Random();
		StringBuilder name = new StringBuilder("重建");
		for (int i = 0; i < 6; i++) {
			name.append(chars.charAt(random.nextInt(chars.length())));
		}
		return name.toString();
	}

}
