package org.tongxin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;
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
import org.springframework.test.web.servlet.ResultActions;
import org.tongxin.DemoLogins;
import org.tongxin.demands.DemandClient;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.members.selfservice.SelfServiceClient.Member;
import org.tongxin.proposals.ProposalClient;

/**
 * Typical cases (典型案例): who may supervise a case marks it with a note; the note is refused with
 * its reason and nothing kept when empty, too long or markup; a town officer without the right is
 * refused; the dashboard section and the work report of the case's unit and period quote it (and
 * no other period's); taking the mark off takes it out of them. Each mark is in the case's history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TypicalCaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String staff;

	private String zhugen;

	private String code;

	private long caseId;

	private int year;

	@BeforeEach
	void aCaseOfAUnitMadeHere() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		ProposalClient proposals = new ProposalClient(mvc, jdbc);
		staff = members.token("staff");
		zhugen = members.token("zhugen");
		code = "TC" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + zhugen).contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":" + proposals.unitId("511112100") + ",\"kind\":\"ASSOCIATION\",\"name\":\"典型协会" + code
						+ "\",\"code\":\"" + code + "\"}"))
			.andExpect(status().isCreated());
		Member m = members.member(staff, "典型甲", code, "1380011" + code.substring(2, 6));
		caseId = new DemandClient(mvc, jdbc).submitted(m.token(),
				"{\"categoryCode\":\"POLICY\",\"title\":\"典型诉求" + code + "\",\"description\":\"想了解政策。\"}");
		year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}

	@Test
	void aMarkedCaseIsQuotedByItsSectionAndReportUntilTheMarkIsTakenOff() throws Exception {
		mark(zhugen, "{\"note\":\"镇里想选\"}").andExpect(status().isForbidden());
		mark(staff, "{\"note\":\"  \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mark(staff, "{\"note\":\"<script>x</script>\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mark(staff, "{\"note\":\"" + "长".repeat(501) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("说明不能超过 500 个字。"));
		mark(staff, "{}").andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/demands/" + Long.MAX_VALUE + "/typical").header("Authorization", "Bearer " + staff)
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"无此件\"}"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from demands_typical where case_id = :id").param("id", caseId)
			.query(Long.class).single()).as("refused marks keep nothing").isZero();
		assertThat(typicalIn("year=" + year)).isEmpty();

		mark(staff, "{\"note\":\"首次办理即答复，政策解读到位。\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.typical.note").value("首次办理即答复，政策解读到位。"))
			.andExpect(jsonPath("$.steps").value(org.hamcrest.Matchers.hasItem("UNTYPICAL")));
		mark(staff, "{\"note\":\"政策解读到位，群众满意。\"}").andExpect(status().isOk());
		List<String> notes = typicalIn("year=" + year);
		assertThat(notes).as("marking again rewrites the note").containsExactly("政策解读到位，群众满意。");
		assertThat(typicalIn("year=" + (year - 1))).as("another period quotes it not").isEmpty();
		String answer = dashboard("year=" + year);
		assertThat(JsonPath.<List<String>>read(answer, "$.sections[?(@.module == 'demands')].typicalCases[0].link"))
			.containsExactly("/demands/" + caseId);
		assertThat(JsonPath.<List<Object>>read(answer, "$.sections[?(@.module == 'difficulties')].typicalCases[*]"))
			.as("not an enterprise difficulty").isEmpty();

		byte[] docx = mvc.perform(get("/api/v1/work-report.docx").param("unit", code).param("year", String.valueOf(year))
				.header("Authorization", "Bearer " + staff).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(docx)).contains("典型案例").contains("典型诉求" + code).contains("政策解读到位，群众满意。");

		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String page = mvc.perform(get("/demands/" + caseId).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("典型案例").contains("政策解读到位，群众满意。").contains("action=\"/demands/" + caseId + "/untypical\"");
		assertThat(count(page, "<div")).as("the mark's parts leave the page's blocks closed").isEqualTo(count(page, "</div>"));
		// a refused form goes back to its step on the case's page, with its error (as every step's form)
		mvc.perform(post("/demands/" + caseId + "/typical").cookie(session).with(csrf()).param("text", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
					"/demands/" + caseId + "#step-typical"));
		assertThat(typicalIn("year=" + year)).as("a refused page form keeps the note").containsExactly("政策解读到位，群众满意。");
		mvc.perform(post("/demands/" + caseId + "/untypical").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(typicalIn("year=" + year)).isEmpty();
		mvc.perform(delete("/api/v1/demands/" + caseId + "/typical").header("Authorization", "Bearer " + staff))
			.andExpect(status().isOk()).andExpect(jsonPath("$.typical").doesNotExist());

		List<String> kinds = jdbc.sql("select kind from demands_event where case_id = :id and kind like 'TYPICAL%' order by id")
			.param("id", caseId).query(String.class).list();
		assertThat(kinds).as("each act told once; taking off an absent mark tells nothing")
			.containsExactly("TYPICAL_MARKED", "TYPICAL_MARKED", "TYPICAL_UNMARKED");
	}

	@Test
	void proposalsAndReportsMarkedByTheirReviewersAreQuotedByTheProposalsSection() throws Exception {
		ProposalClient proposals = new ProposalClient(mvc, jdbc);
		Member author = new SelfServiceClient(mvc).member(staff, "典型乙", code, "1380012" + code.substring(2, 6));
		long proposal = proposals.drafted(author.token(), "典型提案" + code);
		proposals.versioned(author.token(), proposal, "submit", "").andExpect(status().isOk());
		String created = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + author.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryCode\":\"SOCIAL\",\"title\":\"典型信息" + code + "\",\"body\":\"群众反映的情况。\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long report = ((Number) JsonPath.read(created, "$.id")).longValue();

		String zhugenMarks = "{\"note\":\"镇里想选\"}";
		markRecord(zhugen, "/api/v1/proposals/" + proposal, zhugenMarks).andExpect(status().isNotFound());
		markRecord(author.token(), "/api/v1/proposals/" + proposal, zhugenMarks).andExpect(status().isForbidden());
		markRecord(author.token(), "/api/v1/reports/" + report, zhugenMarks).andExpect(status().isForbidden());
		markRecord(staff, "/api/v1/reports/" + report, "{\"note\":\"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		markRecord(staff, "/api/v1/proposals/" + proposal, "{\"note\":\"建议具体可行，已转化为决策。\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.typical.note").value("建议具体可行，已转化为决策。"))
			.andExpect(jsonPath("$.mayMarkTypical").value(true));
		markRecord(staff, "/api/v1/reports/" + report, "{\"note\":\"信息及时，获领导批示。\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.typical.note").value("信息及时，获领导批示。"));

		List<String> links = JsonPath.read(dashboard("year=" + year),
				"$.sections[?(@.module == 'proposals')].typicalCases[*].link");
		assertThat(links).containsExactly("/reports/" + report, "/proposals/" + proposal);
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String reportPage = mvc.perform(get("/reports/" + report).cookie(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(reportPage).contains("信息及时，获领导批示。").contains("action=\"/reports/" + report + "/untypical\"");
		assertThat(count(reportPage, "<div")).isEqualTo(count(reportPage, "</div>"));
		mvc.perform(post("/proposals/" + proposal + "/untypical").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(JsonPath.<List<String>>read(dashboard("year=" + year),
				"$.sections[?(@.module == 'proposals')].typicalCases[*].link")).containsExactly("/reports/" + report);
		assertThat(jdbc.sql("select kind from proposals_event where proposal_id = :id and kind like 'TYPICAL%' order by id")
			.param("id", proposal).query(String.class).list()).containsExactly("TYPICAL_MARKED", "TYPICAL_UNMARKED");
	}

	private static int count(String page, String tag) {
		return page.split(java.util.regex.Pattern.quote(tag), -1).length - 1;
	}

	private ResultActions markRecord(String token, String path, String json) throws Exception {
		return mvc.perform(put(path + "/typical").header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions mark(String token, String json) throws Exception {
		return mvc.perform(put("/api/v1/demands/" + caseId + "/typical").header("Authorization", "Bearer " + token)
			.header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private String dashboard(String period) throws Exception {
		return mvc.perform(get("/api/v1/dashboard?unit=" + code + "&" + period).header("Authorization", "Bearer " + staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<String> typicalIn(String period) throws Exception {
		return JsonPath.read(dashboard(period), "$.sections[?(@.module == 'demands')].typicalCases[*].note");
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

}
