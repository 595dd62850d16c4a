package org.tongxin.members.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxin.members.internal.SearchIndexCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.org.Units;

/**
 * The member list as Excel, read back: the list's filters and scope, values and one
 * SENSITIVE_EXPORT record for staff, masks only for a town exporter, formula-escaped cells, 403
 * without MEMBER_EXPORT.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberExportTests {

	private static final String ZHUGEN = "511112100";

	private static final String ZHUGEN_VILLAGE = "511112100003";

	private static final int ETHNICITY = 3, ID_NUMBER = 4, PHONE = 5, UNIT = 6, CATEGORIES = 7, AFFILIATION = 8,
			RELIGION = 9, WORK_UNIT = 11, UPDATED_AT = 15;

	@Autowired
	MockMvc mvc;

	@Autowired
	private SearchIndexCheck searchIndex;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private ExportClient client;

	private String staff;

	@BeforeEach
	void setUp() throws Exception {
		client = new ExportClient(mvc);
		staff = client.token("staff", ExportClient.DEMO_PASSWORD);
	}

	private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.tongxin.shared.web.XlsxDownload.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();
	}

	private MockHttpServletRequestBuilder api(String query, String token) {
		return get("/api/v1/members/export.xlsx" + query).header("Authorization", "Bearer " + token);
	}

	private long count(String sql, String param) {
		return jdbc.sql(sql).param("p", param).query(Long.class).single();
	}

	private long audits(String action) {
		return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
	}

	private String lastAuditDetail(String action) {
		return jdbc.sql("select detail from audit_event where action = :a order by id desc limit 1").param("a", action)
			.query(String.class).single();
	}

	@Test
	void staffExportEveryoneWithValuesAndOneSensitiveExportRecordWithoutThem() throws Exception {
		long sensitive = audits("SENSITIVE_EXPORT");
		long masked = audits("MEMBER_EXPORT");
		String disposition = mvc.perform(api("", staff)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment;")
			.containsPattern("filename\\*=UTF-8''%E7%BB%9F%E6%88%98%E5%AF%B9%E8%B1%A1-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
		List<Row> rows = ExportClient.rows(download(api("", staff)));

		assertThat(rows.get(0).getCellText(0)).isEqualTo("姓名");
		assertThat(rows.get(0).getCellText(UPDATED_AT)).isEqualTo("更新时间");
		assertThat(rows).hasSize((int) count("select count(*) from members_person where name <> :p", "") + 1);
		List<String> idNumbers = rows.stream().skip(1).map(r -> ExportClient.text(r, ID_NUMBER)).filter(s -> !s.isEmpty()).toList();
		assertThat(idNumbers).isNotEmpty().allMatch(id -> id.matches("\\d{17}[\\dX]"));
		assertThat(rows.stream().skip(1).map(r -> ExportClient.text(r, ETHNICITY))).anyMatch(e -> !e.isEmpty() && !e.equals("***"));
		Row first = rows.get(1);
		assertThat(first.getCell(UPDATED_AT).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCellAsDate(UPDATED_AT)).isPresent();

		// two downloads above: two records, each SENSITIVE_EXPORT, with fields and count, never a value
		assertThat(audits("SENSITIVE_EXPORT")).isEqualTo(sensitive + 2);
		assertThat(audits("MEMBER_EXPORT")).isEqualTo(masked);
		String detail = lastAuditDetail("SENSITIVE_EXPORT");
		assertThat(detail).contains("idNumber").contains("phone").contains(String.valueOf(rows.size() - 1));
		for (String id : idNumbers.subList(0, Math.min(50, idNumbers.size()))) {
			assertThat(detail).doesNotContain(id).doesNotContain(id.substring(6, 14));
		}
	}

	@Test
	void theWholeDemoRegistryExportsWithEveryRowComplete() throws Exception {
		// size check, not a benchmark: the 300 demo people and whatever other tests added
		List<Row> rows = ExportClient.rows(download(api("?sort=updatedAt&dir=desc", staff)));
		assertThat(rows.size() - 1).isGreaterThanOrEqualTo(300);
		assertThat(rows.stream().skip(1)).allMatch(r -> !ExportClient.text(r, 0).isEmpty() && !ExportClient.text(r, UNIT).isEmpty());
	}

	@Test
	void aTownExporterWithoutTheSensitivePrivilegeGetsOnlyTheTownAndOnlyMasks() throws Exception {
		String admin = client.token("admin", adminPassword);
		Cookie session = client.newUser(admin, ZHUGEN, "\"MEMBER_VIEW\",\"MEMBER_EXPORT\"");
		String zhugenPath = units.findByCode(ZHUGEN).orElseThrow().path();
		long sensitive = audits("SENSITIVE_EXPORT");
		long masked = audits("MEMBER_EXPORT");

		String page = mvc.perform(get("/members").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/members/export.xlsx").contains("导出 Excel");
		List<Row> rows = ExportClient.rows(download(get("/members/export.xlsx").cookie(session)));

		List<String> names = rows.stream().skip(1).map(r -> ExportClient.text(r, 0)).sorted().toList();
		assertThat(names).isNotEmpty().isEqualTo(jdbc.sql("select name from members_person where unit_path like :p")
			.param("p", zhugenPath + "%").query(String.class).list().stream().sorted().toList());
		for (Row row : rows.subList(1, rows.size())) {
			assertThat(ExportClient.text(row, ID_NUMBER)).matches("|\\d{4}\\*{14}");
			assertThat(ExportClient.text(row, PHONE)).matches("|.*\\*{4}.*");
			// empty or not, the same mask: "no religion" is itself sensitive
			assertThat(List.of(ExportClient.text(row, ETHNICITY), ExportClient.text(row, AFFILIATION),
					ExportClient.text(row, RELIGION))).containsOnly("***");
		}
		assertThat(audits("MEMBER_EXPORT")).isEqualTo(masked + 1);
		assertThat(audits("SENSITIVE_EXPORT")).isEqualTo(sensitive);
		assertThat(lastAuditDetail("MEMBER_EXPORT")).contains(String.valueOf(rows.size() - 1));
	}

	@Test
	void aWorkUnitThatIsAFormulaIsWrittenAsText() throws Exception {
		String name = "公式单位测试" + System.nanoTime() % 100_000;
		String formula = "=HYPERLINK(\\\"http://x\\\",\\\"y\\\")";
		mvc.perform(post("/api/v1/members").header("Authorization", "Bearer " + staff).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"unitCode\":\"" + ZHUGEN_VILLAGE + "\",\"workUnit\":\"" + formula
						+ "\",\"post\":\"-1\",\"categories\":[\"OTHER\"]}"))
			.andExpect(status().isCreated());

		searchIndex.awaitCurrent(java.time.Duration.ofSeconds(30));
		List<Row> rows = ExportClient.rows(download(api("?q=" + name, staff)));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).getCell(WORK_UNIT).getType()).isEqualTo(CellType.STRING);
		assertThat(rows.get(1).getCell(WORK_UNIT).getFormula()).isNull();
		assertThat(ExportClient.text(rows.get(1), WORK_UNIT)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(ExportClient.text(rows.get(1), WORK_UNIT + 1)).isEqualTo("'-1");
	}

	@Test
	void theListFiltersApply() throws Exception {
		List<Row> rows = ExportClient.rows(download(api("?category=RELIGIOUS", staff)));
		long religious = count("select count(distinct person_id) from members_person_category where category = :p", "RELIGIOUS");
		assertThat(rows).hasSize((int) religious + 1);
		assertThat(rows.stream().skip(1).map(r -> ExportClient.text(r, CATEGORIES))).allMatch(c -> c.contains("宗教界人士"));

		String zhugenPath = units.findByCode(ZHUGEN).orElseThrow().path();
		List<Row> town = ExportClient.rows(download(api("?unit=" + ZHUGEN, staff)));
		assertThat(town).hasSize((int) count("select count(*) from members_person where unit_path like :p", zhugenPath + "%") + 1);
	}

	@Test
	void headersFollowTheCallersLanguage() throws Exception {
		List<Row> rows = ExportClient.rows(download(api("?category=RELIGIOUS", staff).header("Accept-Language", "en")));
		assertThat(rows.get(0).getCellText(0)).isEqualTo("Name");
		assertThat(rows.stream().skip(1).map(r -> ExportClient.text(r, CATEGORIES))).allMatch(c -> c.contains("Religious"));
	}

	@Test
	void aBadFilterIsRefusedBeforeAnyFileIsWritten() throws Exception {
		long sensitive = audits("SENSITIVE_EXPORT");
		mvc.perform(api("?category=NOPE", staff)).andExpect(status().isBadRequest());
		mvc.perform(api("?sort=password", staff)).andExpect(status().isBadRequest());
		assertThat(audits("SENSITIVE_EXPORT")).isEqualTo(sensitive);
	}

	@Test
	void withoutMemberExportTheAnswerIs403AndThereIsNoButton() throws Exception {
		mvc.perform(api("", client.token("zhugen", ExportClient.DEMO_PASSWORD))).andExpect(status().isForbidden());
		Cookie zhugen = client.login("zhugen", ExportClient.DEMO_PASSWORD);
		mvc.perform(get("/members/export.xlsx").cookie(zhugen)).andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/members").cookie(zhugen)).andReturn().getResponse().getContentAsString())
			.doesNotContain("export.xlsx");
	}

	@Test
	void theButtonCarriesTheCurrentFilters() throws Exception {
		Cookie session = client.login("staff", ExportClient.DEMO_PASSWORD);
		assertThat(mvc.perform(get("/members?category=RELIGIOUS&sort=name&dir=desc").cookie(session))
			.andReturn().getResponse().getContentAsString())
			.contains("href=\"/members/export.xlsx?category=RELIGIOUS&amp;sort=name&amp;dir=desc\"");
		// re-rendered when the filter bar changes (htmx swaps only the results)
		assertThat(mvc.perform(get("/members/export-link?gender=FEMALE").cookie(session).header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("href=\"/members/export.xlsx?gender=FEMALE\"").doesNotContain("<html");
	}

}
