package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.members.importing.ImportSheets.idNumber;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;

/**
 * Sheets headed in a department's own words: synonyms are read, unknown headers are named with
 * the fields to map them to (API) or offered a mapping step (pages), a mapping is remembered per
 * user and header row, and a staged import is applied with the mapping its preview was read with.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HeaderMappingTests {

	/** Remembered mappings outlive a run: a header of this run's own, so that the first upload is always unknown. */
	private static final String ODD = "备用列" + ThreadLocalRandom.current().nextInt(1_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ImportClient staff;

	@BeforeEach
	void signIn() throws Exception {
		staff = new ImportClient(mvc, DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD));
	}

	@Test
	void olderHeadersAreReadThroughTheSynonymTable() throws Exception {
		String id = idNumber("320105", 1).value();
		byte[] file = workbook(List.of("序号", "姓名", "身份证号码", "手机号", "所在单位", "统战对象类别", "出生年月", "文化程度", "工作单位及职务"),
				List.of(List.of("1", "旧表一", id, "13800000001", "511112100003", "党外知识分子",
						id.substring(6, 10) + "." + id.substring(10, 12) + "." + id.substring(12, 14), "本科", "区人民医院 副院长")));
		Map<String, Object> preview = staff.stage(file);
		assertThat(ImportClient.count(preview, "fresh")).isEqualTo(1);
		assertThat(ImportClient.count(preview, "bad")).isZero();
		staff.preview(ImportClient.id(preview), 0)
			.andExpect(jsonPath("$.columns[?(@.header=='手机号')].field").value(hasItem("phone")))
			.andExpect(jsonPath("$.columns[?(@.header=='序号')].field").value(hasItem("ignore")))
			.andExpect(jsonPath("$.columns[?(@.header=='工作单位及职务')].field").value(hasItem("workUnitAndPost")));
	}

	@Test
	void unknownHeadersAreNamedWithTheFieldsAndAMappingIsUsedThenRemembered() throws Exception {
		byte[] file = workbook(List.of("姓名", "所属单位", ODD), List.of(List.of("映射甲", "511112100003", "x")));
		int before = imports();
		staff.upload(file)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value(containsString(ODD)))
			.andExpect(jsonPath("$.unknownHeaders[0]").value(ODD))
			.andExpect(jsonPath("$.columns[2].column").value("C"))
			.andExpect(jsonPath("$.fields[?(@.key=='unit')].required").value(hasItem(true)))
			.andExpect(jsonPath("$.fields[?(@.key=='workUnitAndPost')]").exists());
		assertThat(imports()).as("nothing staged").isEqualTo(before);

		assertThat(ImportClient.count(staff.stage(file, "{\"" + ODD + "\":\"ignore\"}"), "fresh")).isEqualTo(1);
		assertThat(ImportClient.count(staff.stage(file), "fresh")).as("remembered for this header row").isEqualTo(1);
		new ImportClient(mvc, DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD)).upload(file)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.unknownHeaders[0]").value(ODD));
	}

	@Test
	void badMappingsAreRefusedOnMappingAndStageNothing() throws Exception {
		byte[] file = workbook(List.of("姓名", "所属单位", ODD), List.of(List.of("映射乙", "511112100003", "x")));
		int before = imports();
		for (String mapping : List.of("not json", "[1,2]", "{\"" + ODD + "\":{\"a\":1}}", "{\"" + ODD + "\":\"salary\"}",
				"{\"没有这一列\":\"ignore\"}", "{\"" + ODD + "\":\"name\"}", "{\"所属单位\":\"ignore\",\"" + ODD + "\":\"ignore\"}",
				"{\"" + ODD + "\":null}")) {
			staff.upload(file, mapping)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("mapping"))
				.andExpect(jsonPath("$.detail").value(not(containsString("{"))));
		}
		assertThat(imports()).isEqualTo(before);
	}

	@Test
	void applyReadsTheFileWithTheMappingOfItsPreviewNotTheOneRememberedSince() throws Exception {
		String header = ODD + "乙";
		byte[] file = workbook(List.of("姓名", "所属单位", header),
				List.of(List.of("映射丙", "511112100003", "1234"), List.of("映射丁", "511112100003", "13800000002")));
		Map<String, Object> asPhone = staff.stage(file, "{\"" + header + "\":\"phone\"}");
		assertThat(ImportClient.count(asPhone, "bad")).isEqualTo(1);
		assertThat(ImportClient.count(staff.stage(file, "{\"" + header + "\":\"ignore\"}"), "bad")).isZero();
		staff.apply(ImportClient.id(asPhone), "SKIP").andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
	}

	@Test
	void thePageOffersTheMappingStepWithMaskedSamplesAndRefusesBadChoices() throws Exception {
		Cookie session = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		String header = ODD + "丙";
		String id = idNumber("320105", 10).value();
		byte[] file = workbook(List.of("序号", "姓名", "单位名称", "手机号", "身份证号码", header),
				List.of(List.of("1", "页面映射", "511112100003", "13912345678", id, "<b>住址</b>")));
		String location = mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "旧表.xlsx", null, file))
				.cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/members/import/\\d+/mapping");
		String importPage = location.substring(0, location.lastIndexOf('/'));
		mvc.perform(get(importPage).cookie(session)).andExpect(status().is3xxRedirection());

		String page = mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("单位名称", header, "139********", id.substring(0, 3) + "*", "忽略", "所属单位（必填）")
			.doesNotContain("13912345678", id, "<b>住址</b>");

		for (Map<String, String> choice : List.of(Map.of("col-2", "<script>alert(1)</script>", "col-5", "ignore"),
				Map.of("col-2", "unit"), Map.of("col-2", "name", "col-5", "ignore"), Map.of("col-2", "ignore", "col-5", "ignore"),
				Map.of("col-2", "unit", "col-5", "ignore", "col-999", "name", "col-x", "%00"))) {
			var request = post(location).cookie(session).with(csrf());
			choice.forEach(request::param);
			var result = mvc.perform(request);
			if (choice.containsKey("col-999")) {
				result.andExpect(status().is3xxRedirection());
			}
			else {
				result.andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")))
					.andExpect(content().string(not(containsString("<script>alert"))));
			}
		}
		mvc.perform(post(location).param("col-2", "unit").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get(importPage).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("更改列对应")))
			.andExpect(content().string(containsString("新增人员")));
		staff.preview(Long.parseLong(importPage.substring(importPage.lastIndexOf('/') + 1)), 0).andExpect(status().isNotFound());

		// the next sheet of the same header row is read with the mapping chosen, straight to its preview
		String next = mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "旧表2.xlsx", null, file))
				.cookie(session).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(next).matches("/members/import/\\d+");
		mvc.perform(get(next + "/mapping").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"unit\" selected")));
		mvc.perform(post(next + "/discard").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(importPage + "/discard").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private int imports() {
		return jdbc.sql("select count(*) from members_import").query(Integer.class).single();
	}

}
