package org.tongxin.proposals.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Steps a report is not ready for, and input the rules refuse: each is a 400 naming the field (the
 * status, for a step out of turn), and changes nothing — no row, no history. Two staff acting on
 * the same version: one wins, the other gets 409.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportRefusalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	private ReportClient reports;

	private String staff;

	private String member;

	private String today;

	@BeforeEach
	void signIn() throws Exception {
		reports = new ReportClient(mvc, jdbc);
		staff = reports.token("staff");
		member = reports.token("member");
		today = org.tongxin.shared.OfficeTime.today(clock).toString();
	}

	@Test
	void aDeclinedReportCannotBeAdoptedNorAccepted() throws Exception {
		long id = reports.submitted(member, "将被不予采用");
		reports.step(staff, id, "decline", "{\"version\":0,\"reason\":\"不具备编发价值。\"}").andExpect(status().isOk());
		int events = reports.eventCount(id);
		reports.step(staff, id, "adoptions", "{\"level\":\"DISTRICT\",\"adoptedBy\":\"区委办\",\"adoptedOn\":\"" + today + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("DECLINED")));
		reports.step(staff, id, "accept", "{\"version\":" + reports.version(id) + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		reports.step(staff, id, "edit", "{\"version\":" + reports.version(id) + ",\"title\":\"改\",\"body\":\"改\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(reports.adoptions(id)).isZero();
		assertThat(reports.eventCount(id)).isEqualTo(events);
		assertThat(reports.statusOf(id)).isEqualTo("DECLINED");
	}

	@Test
	void forwardsAdoptionsAndInstructionsWaitForAcceptance() throws Exception {
		long id = reports.submitted(member, "尚未采用");
		reports.step(staff, id, "forward", "{\"level\":\"CITY\",\"recipient\":\"市政协\",\"forwardedOn\":\"" + today + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
		reports.step(staff, id, "instructions", "{\"level\":\"CITY\",\"post\":\"市长\",\"instruction\":\"阅\",\"instructedOn\":\""
				+ today + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(reports.eventCount(id)).isEqualTo(1);
	}

	@Test
	void levelsAreCheckedAndEachLevelIsRecordedOnce() throws Exception {
		long id = reports.submitted(member, "层级检查");
		reports.accept(staff, id);
		reports.step(staff, id, "adoptions", "{\"level\":\"TOWN\",\"adoptedBy\":\"镇党委\",\"adoptedOn\":\"" + today + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
		reports.step(staff, id, "forward", "{\"level\":\"DISTRICT\",\"recipient\":\"区委\",\"forwardedOn\":\"" + today + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
		reports.step(staff, id, "adoptions", "{\"level\":\"PROVINCE\",\"adoptedBy\":\"省政协办公厅\",\"adoptedOn\":\"" + today + "\"}")
			.andExpect(status().isOk());
		int events = reports.eventCount(id);
		reports.step(staff, id, "adoptions", "{\"level\":\"PROVINCE\",\"adoptedBy\":\"另一家\",\"adoptedOn\":\"" + today + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
		reports.step(staff, id, "forward", "{\"level\":\"NATIONAL\",\"recipient\":\"全国政协\",\"forwardedOn\":\"" + today + "\"}")
			.andExpect(status().isOk());
		reports.step(staff, id, "forward", "{\"level\":\"NATIONAL\",\"recipient\":\"全国政协\",\"forwardedOn\":\"" + today + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
		assertThat(reports.adoptions(id)).isEqualTo(1);
		assertThat(reports.eventCount(id)).as("only the forward added a step").isEqualTo(events + 1);
	}

	@Test
	void missingReasonMarkupBadDatesAndMissingVersionAreRefusedNamingTheField() throws Exception {
		reports.submit(member, "{\"categoryCode\":\"SOCIAL\",\"title\":\"<script>alert(1)</script>\",\"body\":\"正文\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		reports.submit(member, "{\"categoryCode\":\"SOCIAL\",\"title\":\"标题\",\"body\":\"<img src=x onerror=alert(1)>\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
		reports.submit(member, "{\"categoryCode\":\"NOPE\",\"title\":\"标题\",\"body\":\"正文\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("categoryCode"));
		reports.submit(member, "{\"categoryCode\":\"SOCIAL\",\"title\":\"" + "长".repeat(101) + "\",\"body\":\"正文\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		reports.submit(member, "{\"categoryCode\":\"SOCIAL\",\"title\":\"标题\",\"body\":\" \"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));

		long id = reports.submitted(member, "理由检查");
		reports.step(staff, id, "decline", "{\"version\":0,\"reason\":\"  \"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		reports.step(staff, id, "accept", "{}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(reports.statusOf(id)).isEqualTo("SUBMITTED");
		reports.accept(staff, id);
		reports.step(staff, id, "adoptions", "{\"level\":\"CITY\",\"adoptedBy\":\"市委办\",\"adoptedOn\":\"昨天\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("adoptedOn"));
		reports.step(staff, id, "adoptions", "{\"level\":\"CITY\",\"adoptedBy\":\"市委办\",\"adoptedOn\":\"2999-01-01\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("adoptedOn"));
		reports.step(staff, id, "instructions", "{\"level\":\"CITY\",\"post\":\"<b>市长</b>\",\"instruction\":\"阅\",\"instructedOn\":\""
				+ today + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("post"));
		reports.list(staff, "?year=abc").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
		reports.list(staff, "?level=TOWN").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
		assertThat(reports.adoptions(id)).isZero();
	}

	@Test
	void aMemberTakesNoStaffStep() throws Exception {
		long id = reports.submitted(member, "本人不能采用");
		reports.step(member, id, "accept", "{\"version\":0}").andExpect(status().isForbidden());
		reports.step(member, id, "edit", "{\"version\":0,\"title\":\"自改\",\"body\":\"自改\"}").andExpect(status().isForbidden());
		assertThat(reports.statusOf(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void ofTwoStaffActingOnTheSameVersionOneWinsAndTheOtherGets409() throws Exception {
		long id = reports.submitted(member, "两人同时处理");
		String other = reports.token("staff");
		reports.step(staff, id, "accept", "{\"version\":0}").andExpect(status().isOk());
		reports.step(other, id, "decline", "{\"version\":0,\"reason\":\"重复\"}").andExpect(status().isConflict());
		reports.step(other, id, "edit", "{\"version\":0,\"title\":\"旧版本上的编辑\",\"body\":\"旧\"}")
			.andExpect(status().isConflict());
		assertThat(reports.statusOf(id)).isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("select count(*) from proposals_report where id = :id and edited_title is null").param("id", id)
			.query(Integer.class).single()).as("the stale edit left no text").isEqualTo(1);
		assertThat(reports.eventCount(id)).isEqualTo(2);
	}

	@Test
	void twoStaffAcceptingAndDecliningAtOnceLeaveOneOutcome() throws Exception {
		long id = reports.submitted(member, "并发处理");
		String other = reports.token("staff");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var accept = pool.submit(() -> reports.step(staff, id, "accept", "{\"version\":0}").andReturn().getResponse()
				.getStatus());
			var decline = pool.submit(() -> reports.step(other, id, "decline", "{\"version\":0,\"reason\":\"重复\"}")
				.andReturn().getResponse().getStatus());
			assertThat(java.util.List.of(accept.get(), decline.get())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(reports.eventCount(id)).isEqualTo(2);
		assertThat(reports.version(id)).isEqualTo(1);
	}

}
