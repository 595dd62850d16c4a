package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.idNumber;
import static org.tongxin.members.importing.ImportSheets.row;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.StatementCounter;

/**
 * The import as a user does it in the browser: template, upload, preview with the bad rows,
 * the problem list as a workbook, confirmation; each page within the statement budget.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void uploadPreviewProblemSheetAndConfirmation() throws Exception {
		Cookie session = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		byte[] template = mvc.perform(get("/members/import/template.xlsx").cookie(session))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<String> headers = firstRow(template);
		assertThat(headers).startsWith("姓名*", "性别", "出生日期").contains("所属单位*", "备注");

		String bad = idNumber(900).value().substring(0, 17) + (idNumber(900).value().endsWith("1") ? "2" : "1");
		byte[] file = workbook(HEADERS, List.of(row("页面导入", "511112100003", idNumber(901).value(), null, "其他"),
				row("<script>alert(1)</script>", "511112100003", bad, null, null)));
		String location = mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "名单.xlsx", null, file))
				.cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/members/import/\\d+");

		String preview = mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("尚未导入任何数据", "身份证号校验位不正确", "下载问题清单").doesNotContain("<script>alert");

		byte[] problems = mvc.perform(get(location + "/errors.xlsx").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = rows(problems);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).isEqualTo("3");
		assertThat(rows.get(1)).contains("<script>alert(1)</script>");
		assertThat(rows.get(1).get(rows.get(1).size() - 1)).startsWith("身份证号：");

		mvc.perform(post(location + "/apply").param("mode", "SKIP").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("新增 1 人")));
		mvc.perform(post(location + "/apply").param("mode", "SKIP").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("这次导入已经完成或已放弃")));
	}

	@Test
	void aRowWhoseIdNumberIsRegisteredUnderAnotherNameIsAskedForAndAppliedOnlyWhenTicked() throws Exception {
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String id = idNumber("320109", 910).value();
		String first = upload(session, workbook(HEADERS, List.of(row("金良力", "511112100003", id, null, null))));
		mvc.perform(post(first + "/apply").param("mode", "SKIP").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		byte[] sheet = workbook(HEADERS, List.of(row("贾涛杰", "511112100003", id, null, null)));

		// a town officer may not see ID numbers: he learns neither whose number it is nor may he confirm it
		Cookie officer = DemoLogins.login(mvc, "zhugen", DemoLogins.DEMO_PASSWORD);
		String masked = mvc.perform(get(upload(officer, sheet)).cookie(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(masked).contains("该身份证号已登记在另一姓名下").doesNotContain("金良力").doesNotContain("name=\"confirmRows\"");

		String location = upload(session, sheet);
		String preview = mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("身份证号已登记为他人的行", "贾涛杰", "金良力", "name=\"confirmRows\"", "value=\"2\"");

		mvc.perform(post(location + "/apply").param("mode", "UPDATE").param("confirmRows", "第二行").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("“第二行”不是行号。")));
		mvc.perform(post(location + "/apply").param("mode", "UPDATE").param("confirmRows", "2").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("更新 1 人")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已确认导入")));
	}

	private String upload(Cookie session, byte[] file) throws Exception {
		return mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "名单.xlsx", null, file))
				.cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void aRefusedFileComesBackOnTheUploadPageWithItsReason() throws Exception {
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "名单.csv", null, "a,b".getBytes()))
				.cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("不是 Excel（.xlsx）文件")));
	}

	@Test
	void importPagesStayWithinTheStatementBudget() throws Exception {
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String location = mvc.perform(multipart("/members/import")
				.file(new MockMultipartFile("file", "x.xlsx", null, workbook(HEADERS, List.of(row("预算", "511112100003", null, null, null),
						row("", "", null, null, "外星人")))))
				.cookie(session).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		for (String page : List.of("/members/import", location)) {
			mvc.perform(get(page).cookie(session));
			StatementCounter.reset();
			assertThat(mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
			assertThat(StatementCounter.count()).as("%s ran %s", page, StatementCounter.statements()).isLessThanOrEqualTo(10);
		}
	}

	private static List<String> firstRow(byte[] xlsx) throws Exception {
		return rows(xlsx).get(0);
	}

	private static List<List<String>> rows(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(c == null ? "" : c.getText()));
				rows.add(cells);
			}
		}
		return rows;
	}

}
