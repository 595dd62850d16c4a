package org.tongxin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;
import org.tongxin.proposals.ProposalClient;

/**
 * The work report is written from the records: for a unit made here, its Word document says in the
 * reports' words exactly what was made, holds native chart parts, opens in LibreOffice (where it is
 * installed; CI installs it and requires it: TONGXIN_REQUIRE_LIBREOFFICE=true), and an edited text is exported as edited with the
 * figures changed since it was written flagged.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String staff;

	private String code;

	private int year;

	@BeforeEach
	void recordsOfAUnitMadeHere() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		ProposalClient proposals = new ProposalClient(mvc, jdbc);
		staff = members.token("staff");
		String zhugen = members.token("zhugen");
		code = "WR" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + zhugen).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":" + proposals.unitId("511112100") + ",\"kind\":\"ASSOCIATION\",\"name\":\"报告协会" + code
						+ "\",\"code\":\"" + code + "\"}"))
			.andExpect(status().isCreated());
		Member author = members.member(staff, "报告甲", code, "1380010" + code.substring(2, 6));
		for (String title : List.of("报告建言一", "报告建言二", "报告建言三")) {
			long p = proposals.drafted(author.token(), title);
			proposals.versioned(author.token(), p, "submit", "").andExpect(status().isOk());
		}
		year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}

	@Test
	void theWordDocumentWritesTheRecordsInTheReportsWordsWithNativeCharts() throws Exception {
		byte[] docx = mvc.perform(get("/api/v1/work-report.docx").param("unit", code).param("year", String.valueOf(year))
				.header("Authorization", "Bearer " + staff).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = text(docx);
		assertThat(text).contains("报告协会" + code + year + "年统一战线工作报告")
			.contains("一、思想引领“铸魂”行动")
			.contains("共提交提案 3 件，报送社情民意信息 0 篇")
			.contains("在库统战对象 1 名");
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
			List<PackagePart> charts = pkg.getPartsByContentType(
					"application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
			assertThat(charts).as("native chart parts, not pictures").hasSizeGreaterThanOrEqualTo(4);
			assertThat(pkg.getPartsByContentType("image/png")).isEmpty();
		}
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getCharts()).allSatisfy(c -> assertThat(c.getWorkbook()).as("data to edit the chart").isNotNull());
		}
		convertsWithLibreOffice(docx);
	}

	@Test
	void anEditedTextIsExportedAsEditedAndAChangedFigureIsFlagged() throws Exception {
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = mvc.perform(get("/work-report").param("unit", code).param("year", String.valueOf(year)).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("name=\"text.proposals\"").contains("共提交提案 3 件")
			.as("the bar shows the year asked and the unit by name").contains("value=\"" + year + "\"")
			.contains("报告协会" + code + " (" + code + ")");
		// the text was written when there were two proposals
		String snapshot = "{\"proposal.dashboard.proposals\":\"2\",\"proposal.dashboard.reports\":\"0\"}";
		String checked = mvc.perform(post("/work-report").cookie(session).with(csrf()).param("unit", code)
				.param("year", String.valueOf(year)).param("action", "check").param("text.proposals", "本单位提交提案两件。")
				.param("snapshot.proposals", snapshot))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(checked).contains("请核对：提交提案在生成文字时为 2，现为 3。").contains("本单位提交提案两件。");
		byte[] docx = mvc.perform(post("/work-report").cookie(session).with(csrf()).param("unit", code)
				.param("year", String.valueOf(year)).param("action", "docx").param("text.proposals", "本单位提交提案两件。")
				.param("snapshot.proposals", snapshot))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(docx)).contains("本单位提交提案两件。").contains("请核对：提交提案在生成文字时为 2，现为 3。")
			.doesNotContain("共提交提案 3 件");
		mvc.perform(post("/work-report").cookie(session).with(csrf()).param("unit", code).param("action", "check")
				.param("snapshot.proposals", "{not json"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEditedTextIsKeptAsTheDraftOfItsUnitAndPeriod() throws Exception {
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String snapshot = "{\"proposal.dashboard.proposals\":\"2\",\"proposal.dashboard.reports\":\"0\"}";
		mvc.perform(post("/work-report").cookie(session).with(csrf()).param("unit", code).param("year", String.valueOf(year))
				.param("action", "save").param("text.proposals", "草稿：本单位提交提案" + "长".repeat(20_001)))
			.andExpect(status().isBadRequest());
		assertThat(drafts()).as("a refused save keeps nothing").isZero();
		Cookie niuhua = DemoLogins.login(mvc, "niuhua", DemoLogins.DEMO_PASSWORD);
		mvc.perform(post("/work-report").cookie(niuhua).with(csrf()).param("unit", code).param("year", String.valueOf(year))
				.param("action", "save").param("text.proposals", "别镇的草稿"))
			.andExpect(status().is4xxClientError());
		assertThat(drafts()).as("another town's officer saves nothing here").isZero();

		mvc.perform(post("/work-report").cookie(session).with(csrf()).param("unit", code).param("year", String.valueOf(year))
				.param("action", "save").param("text.proposals", "草稿：本单位提交提案两件。").param("snapshot.proposals", snapshot)
				.param("text." + "x".repeat(60), "not a section"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
					"/work-report?unit=" + code + "&year=" + year));
		String again = mvc.perform(get("/work-report").param("unit", code).param("year", String.valueOf(year)).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(drafts()).as("only the report's sections are kept").isEqualTo(1);
		assertThat(again).contains("草稿：本单位提交提案两件。").contains("保存的草稿")
			.as("the draft is checked at once").contains("请核对：提交提案在生成文字时为 2，现为 3。");
		assertThat(mvc.perform(get("/work-report").param("unit", code).param("year", String.valueOf(year - 1))
				.cookie(session)).andReturn().getResponse().getContentAsString())
			.as("another period has its own text").doesNotContain("草稿：本单位提交提案两件。");

		mvc.perform(post("/work-report").cookie(session).with(csrf()).param("unit", code).param("year", String.valueOf(year))
				.param("action", "discard"))
			.andExpect(status().is3xxRedirection());
		assertThat(drafts()).isZero();
		assertThat(mvc.perform(get("/work-report").param("unit", code).param("year", String.valueOf(year)).cookie(session))
			.andReturn().getResponse().getContentAsString()).contains("共提交提案 3 件").doesNotContain("保存的草稿");
	}

	private long drafts() {
		return jdbc.sql("select count(*) from dashboard_report_draft where unit_code = :code").param("code", code)
			.query(Long.class).single();
	}

	@Test
	void aTownOfficerGetsNoReportOfAnotherTown() throws Exception {
		String zhugen = new SelfServiceClient(mvc).token("zhugen");
		mvc.perform(get("/api/v1/work-report.docx").param("unit", "511112101").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/work-report.docx").param("quarter", "7").header("Authorization", "Bearer " + zhugen))
			.andExpect(status().isBadRequest());
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	/**
	 * Converts the document to PDF with LibreOffice: required where {@code TONGXIN_REQUIRE_LIBREOFFICE}
	 * is true (CI installs it), tried where it is installed, left out elsewhere (a newcomer's machine).
	 */
	private static void convertsWithLibreOffice(byte[] docx) throws Exception {
		boolean required = "true".equals(System.getenv("TONGXIN_REQUIRE_LIBREOFFICE"));
		Path soffice = Path.of("/usr/bin/soffice");
		if (!Files.isExecutable(soffice)) {
			assertThat(required).as("LibreOffice is required here but /usr/bin/soffice is missing").isFalse();
			return;
		}
		Path dir = Files.createTempDirectory("work-report");
		Path file = dir.resolve("work-report.docx");
		Files.write(file, docx);
		Process process = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
				"--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
			.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		Path pdf = dir.resolve("work-report.pdf");
		assertThat(pdf).as(output).exists();
		assertThat(Files.size(pdf)).isGreaterThan(1_000);
	}

}
