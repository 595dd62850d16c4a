package org.tongxin.proposals.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

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
import org.tongxin.FollowRedirect;
import org.tongxin.shared.OfficeTime;

/**
 * The dates staff type on a report keep their order: nothing is dated before the report was
 * submitted, an adoption at a level not before that level's forward, a forward not after that
 * level's adoption. A refusal names the field and the other date (in Chinese, or English on
 * request), is a 400 on the API and the form again on the page, and records nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportDateOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private ReportClient reports;

	private String staff;

	private String member;

	private LocalDate today;

	@BeforeEach
	void signIn() throws Exception {
		reports = new ReportClient(mvc, jdbc);
		staff = reports.token("staff");
		member = reports.token("member");
		today = OfficeTime.today(clock);
	}

	/** An accepted report whose submission is moved {@code days} back, as if it had been submitted then. */
	private long acceptedSubmittedDaysAgo(String title, int days) throws Exception {
		long id = reports.submitted(member, title);
		reports.accept(staff, id);
		jdbc.sql("update proposals_report set submitted_at = submitted_at - make_interval(days => :days) where id = :id")
			.param("days", days).param("id", id).update();
		return id;
	}

	private int parts(long id) {
		return jdbc.sql("select (select count(*) from proposals_report_forward where report_id = :id)"
				+ " + (select count(*) from proposals_report_adoption where report_id = :id)"
				+ " + (select count(*) from proposals_report_instruction where report_id = :id)")
			.param("id", id).query(Integer.class).single();
	}

	@Test
	void nothingIsDatedBeforeTheReportWasSubmitted() throws Exception {
		long id = acceptedSubmittedDaysAgo("日期早于提交", 10);
		String submitted = today.minusDays(10).toString();
		String before = today.minusDays(11).toString();
		int events = reports.eventCount(id);
		reports.step(staff, id, "adoptions", "{\"level\":\"DISTRICT\",\"adoptedBy\":\"区委办\",\"adoptedOn\":\"" + before + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("adoptedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("采用日期"), containsString(before),
					containsString(submitted))));
		reports.step(staff, id, "forward", "{\"level\":\"CITY\",\"recipient\":\"市委统战部\",\"forwardedOn\":\"" + before + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("forwardedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(submitted)));
		mvc.perform(post("/api/v1/reports/" + id + "/instructions").header("Authorization", "Bearer " + staff)
				.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"DISTRICT\",\"post\":\"区委书记\",\"instruction\":\"阅\",\"instructedOn\":\"" + before + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("instructedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("instruction date"),
					containsString("submitted (" + submitted + ")"))));
		assertThat(parts(id)).isZero();
		assertThat(reports.eventCount(id)).isEqualTo(events);

		// the day of submission itself is fine
		reports.step(staff, id, "adoptions", "{\"level\":\"DISTRICT\",\"adoptedBy\":\"区委办\",\"adoptedOn\":\"" + submitted + "\"}")
			.andExpect(status().isOk());
	}

	@Test
	void anAdoptionComesAfterTheForwardToItsLevelAndAForwardBeforeTheAdoption() throws Exception {
		long id = acceptedSubmittedDaysAgo("报送与采用顺序", 10);
		reports.step(staff, id, "forward", "{\"level\":\"CITY\",\"recipient\":\"市委统战部\",\"forwardedOn\":\""
				+ today.minusDays(2) + "\"}").andExpect(status().isOk());
		reports.step(staff, id, "adoptions", "{\"level\":\"CITY\",\"adoptedBy\":\"市委办\",\"adoptedOn\":\"" + today.minusDays(5)
				+ "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("adoptedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("市级"),
					containsString(today.minusDays(2).toString()), containsString(today.minusDays(5).toString()))));
		assertThat(reports.adoptions(id)).isZero();
		reports.step(staff, id, "adoptions", "{\"level\":\"CITY\",\"adoptedBy\":\"市委办\",\"adoptedOn\":\"" + today.minusDays(2)
				+ "\"}").andExpect(status().isOk());

		// an adoption recorded first: the forward to that level cannot be dated after it
		reports.step(staff, id, "adoptions", "{\"level\":\"PROVINCE\",\"adoptedBy\":\"省委办\",\"adoptedOn\":\""
				+ today.minusDays(4) + "\"}").andExpect(status().isOk());
		reports.step(staff, id, "forward", "{\"level\":\"PROVINCE\",\"recipient\":\"省委统战部\",\"forwardedOn\":\""
				+ today.minusDays(1) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("forwardedOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(today.minusDays(4).toString())));
		reports.step(staff, id, "forward", "{\"level\":\"PROVINCE\",\"recipient\":\"省委统战部\",\"forwardedOn\":\""
				+ today.minusDays(6) + "\"}").andExpect(status().isOk());
	}

	@Test
	void onThePageTheRefusedDateComesBackInItsFormWithTheReason() throws Exception {
		long id = acceptedSubmittedDaysAgo("页面日期顺序", 3);
		Cookie session = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		String before = today.minusDays(4).toString();
		var posted = mvc.perform(post("/reports/" + id + "/adoptions").cookie(session).with(csrf()).param("level", "DISTRICT")
				.param("who", "区委办公室（页面）").param("date", before))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + id + "#step-adopt");
		String page = FollowRedirect.page(mvc, session, posted, "/reports/" + id);
		assertThat(page).contains("采用日期 " + before + " 早于这条信息的提交日期 " + today.minusDays(3))
			.contains("区委办公室（页面）").contains("value=\"" + before + "\"").contains("id=\"step-adopt\" open");
		assertThat(reports.adoptions(id)).isZero();
	}

}
