package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.idNumber;
import static org.tongxin.members.importing.ImportSheets.row;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;

/**
 * Files refused as a whole (each with its reason, nothing staged), and rows refused for the
 * actor's scope: a town officer cannot import into another town, nor learn who is registered there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportRefusalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private ImportClient staff;

	@BeforeEach
	void signIn() throws Exception {
		staff = new ImportClient(mvc, DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD));
	}

	@Test
	void filesThatAreNotUsableWorkbooksAreRefusedWithTheirReason() throws Exception {
		byte[] good = workbook(HEADERS, List.of(row("样例", "511112100003", null, null, null)));
		StringBuilder emptyRows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
				+ "<c r=\"B1\" t=\"inlineStr\"><is><t>所属单位</t></is></c></row>");
		for (int r = 2; r <= 1_000_000; r++) {
			emptyRows.append("<row r=\"").append(r).append("\"/>");
		}
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("member.import.file.notXlsx", "姓名,所属单位\n张三,511112100003\n".getBytes(StandardCharsets.UTF_8));
		files.put("member.import.file.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 });
		files.put("member.import.file.bomb", ImportSheets.zipBomb(300L * 1024 * 1024));
		files.put("member.import.file.tooManyRows", ImportSheets.withSheetXml(good, emptyRows.toString()));
		files.put("member.import.header.unknown", workbook(List.of("姓名", "所属单位", "月薪"), List.of(List.of("张三", "511112100003", "1"))));
		files.put("member.import.header.missing", workbook(List.of("姓名", "性别"), List.of(List.of("张三", "男"))));
		files.put("member.import.file.damaged", java.util.Arrays.copyOf(good, good.length / 2));
		files.put("member.import.file.noHeader", workbook(List.of(), List.of()));
		int before = imports();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			staff.upload(file.getValue())
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(zhStart(file.getKey()))));
		}
		assertThat(imports()).as("nothing staged").isEqualTo(before);
	}

	@Test
	void aTownOfficerImportsOnlyIntoTheTownAndLearnsNothingOfOthers() throws Exception {
		String elsewhere = idNumber(700).value();
		staff.apply(ImportClient.id(staff.stage(workbook(HEADERS, List.of(row("牛华人", "511112101004", elsewhere, null, null))))), "SKIP");
		ImportClient zhugen = new ImportClient(mvc, DemoLogins.token(mvc, "zhugen", DemoLogins.DEMO_PASSWORD));
		Map<String, Object> preview = zhugen.stage(workbook(HEADERS, List.of(row("牛华人", "511112100003", elsewhere, null, null),
				row("越界", "511112101004", idNumber(701).value(), null, null), row("本镇", "511112100003", idNumber(702).value(), null, null))));
		assertThat(zhugen.problems(ImportClient.id(preview))).containsExactly(
				"2:idNumber:" + zh("member.import.registeredElsewhere"),
				"3:unit:" + zh("member.unit.notFound", "511112101004"));
		assertThat(ImportClient.count(preview, "fresh")).isEqualTo(1);
		staff.preview(ImportClient.id(preview), 0).andExpect(status().isNotFound());
		staff.apply(ImportClient.id(preview), "SKIP").andExpect(status().isNotFound());
		zhugen.apply(ImportClient.id(preview), "SKIP").andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
	}

	@Test
	void aRoleWithoutTheImportPrivilegeIsRefused() throws Exception {
		ImportClient liaison = new ImportClient(mvc, DemoLogins.token(mvc, "huangjuejing", DemoLogins.DEMO_PASSWORD));
		liaison.upload(workbook(HEADERS, List.of(row("无权", "511112100003", null, null, null)))).andExpect(status().isForbidden());
	}

	private int imports() {
		return jdbc.sql("select count(*) from members_import").query(Integer.class).single();
	}

	/** The message up to its first argument, for messages that name one. */
	private String zhStart(String code) {
		String text = messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
		int arg = text.indexOf('{');
		return arg < 0 ? text : text.substring(0, arg);
	}

	private String zh(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}

}
