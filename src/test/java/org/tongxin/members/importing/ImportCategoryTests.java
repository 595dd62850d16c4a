package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.idNumber;
import static org.tongxin.members.importing.ImportSheets.row;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;

/**
 * An import reads each category by its Chinese name, English name or code in any case, and by the
 * old names offices still write (归侨侨眷, 民主党派...), the synonyms the department keeps; a cell
 * naming several is split even where a name holds a separator (华侨、归侨及侨眷); an inactive category
 * is refused for the new rows it would be given. The template lists the categories offered now.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportCategoryTests {

	/** ID numbers of a region of this class's own: TenThousandRowsTests registers thousands in the shared one. */
	private static final String REGION = "320110";


	static final String VILLAGE = "511112100003";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private ImportClient staff;

	@BeforeEach
	void signIn() throws Exception {
		staff = new ImportClient(mvc, DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD));
	}

	@Test
	void categoriesAreReadByNameCodeAndOldSynonym() throws Exception {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
		int base = 4000 + ThreadLocalRandom.current().nextInt(3000);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row("类中" + tag, VILLAGE, idNumber(REGION, base).value(), null, "无党派人士"));
		rows.add(row("类英" + tag, VILLAGE, idNumber(REGION, base + 1).value(), null, "Students abroad and returned from abroad"));
		rows.add(row("类码" + tag, VILLAGE, idNumber(REGION, base + 2).value(), null, "taiwan"));
		rows.add(row("类旧" + tag, VILLAGE, idNumber(REGION, base + 3).value(), null, "归侨侨眷"));
		rows.add(row("类多" + tag, VILLAGE, idNumber(REGION, base + 4).value(), null, "华侨、归侨及侨眷、民主党派，留学人员"));
		Map<String, Object> preview = staff.stage(workbook(HEADERS, rows));
		assertThat(staff.problems(ImportClient.id(preview))).isEmpty();
		staff.apply(ImportClient.id(preview), "SKIP").andExpect(status().isOk()).andExpect(jsonPath("$.created").value(5));

		assertThat(categories("类中" + tag)).containsExactly("NON_PARTY");
		assertThat(categories("类英" + tag)).containsExactly("STUDY_ABROAD");
		assertThat(categories("类码" + tag)).containsExactly("TAIWAN");
		assertThat(categories("类旧" + tag)).containsExactly("OVERSEAS_CHINESE");
		assertThat(categories("类多" + tag)).containsExactly("DEMOCRATIC_PARTY", "OVERSEAS_CHINESE", "STUDY_ABROAD");
	}

	@Test
	void anInactiveCategoryIsRefusedForNewRowsAndASynonymTheDepartmentAddsIsRead() throws Exception {
		String admin = "Bearer " + DemoLogins.token(mvc, "admin", adminPassword);
		String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase(Locale.ROOT);
		mvc.perform(post("/api/v1/members/categories").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\",\"nameZh\":\"导入类别" + code + "\",\"nameEn\":\"Import " + code
						+ "\",\"synonyms\":[\"乡贤" + code + "\"]}"))
			.andExpect(status().isCreated());
		int base = 7500 + ThreadLocalRandom.current().nextInt(3000);
		Map<String, Object> first = staff.stage(workbook(HEADERS,
				List.of(row("乡贤甲" + code, VILLAGE, idNumber(REGION, base).value(), null, "乡贤" + code))));
		staff.apply(ImportClient.id(first), "SKIP").andExpect(jsonPath("$.created").value(1));
		assertThat(categories("乡贤甲" + code)).containsExactly(code);

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/members/categories/" + code)
				.header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameZh\":\"导入类别" + code + "\",\"nameEn\":\"Import " + code + "\",\"active\":false,\"version\":0}"))
			.andExpect(status().isOk());
		Map<String, Object> second = staff.stage(workbook(HEADERS,
				List.of(row("乡贤乙" + code, VILLAGE, idNumber(REGION, base + 1).value(), null, "导入类别" + code))));
		assertThat(staff.problems(ImportClient.id(second))).containsExactly("2:categories:"
				+ messages.getMessage("member.category.inactive.refused", new Object[] { "导入类别" + code, "Import " + code },
						Locale.SIMPLIFIED_CHINESE));
		assertThat(ImportClient.count(second, "bad")).isEqualTo(1);
	}

	@Test
	void theTemplateListsTheCategoriesOfferedNow() throws Exception {
		byte[] template = mvc.perform(get("/api/v1/members/imports/template.xlsx")
				.header("Authorization", "Bearer " + DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			for (Row r : book.getSheets().toList().get(1).read()) {
				for (int c = 0; c < r.getCellCount(); c++) {
					text.append(r.getCellText(c)).append('|');
				}
			}
		}
		assertThat(text).contains("无党派人士", "出国和归国留学人员", "台湾同胞及其在大陆的亲属", "华侨、归侨及侨眷");
	}

	private List<String> categories(String name) {
		return jdbc.sql("select c.category from members_person_category c join members_person p on p.id = c.person_id"
				+ " where p.name = :name order by c.category").param("name", name).query(String.class).list();
	}

}
