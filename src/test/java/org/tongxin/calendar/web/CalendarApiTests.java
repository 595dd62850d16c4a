package org.tongxin.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.ActorFixtures;
import org.tongxin.ActorFixtures.TestActor;
import org.tongxin.DemoLogins;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.shared.security.Privilege;

/** The calendar API, in years no other test uses (2091, 2092), so that the shared database stays predictable. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalendarApiTests {

	private static final TestActor KEEPER = ActorFixtures.actor("calendar-keeper", Privilege.CALENDAR_MANAGE);

	@Autowired
	MockMvc mvc;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeeperMarksAndClearsADayAndTheCalendarFollowsAtOnce() throws Exception {
		LocalDate monday = LocalDate.of(2091, 10, 1);
		mvc.perform(delete("/api/v1/calendar/days/2091-10-01").with(ActorFixtures.as(KEEPER))); // left by an earlier failed run
		assertThat(calendar.isWorkingDay(monday)).as("cached before the change").isTrue();

		mvc.perform(put("/api/v1/calendar/days/2091-10-01").with(ActorFixtures.as(KEEPER))
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2091-10-01"))
			.andExpect(jsonPath("$.kind").value("HOLIDAY"));
		assertThat(calendar.isWorkingDay(monday)).isFalse();
		mvc.perform(get("/api/v1/calendar/2091").with(ActorFixtures.as(ActorFixtures.actor("reader"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days[?(@.date == '2091-10-01')].name").value("国庆节"))
			.andExpect(jsonPath("$.workingDays").value(260));
		assertThat(lastAudit("CALENDAR_DAY_MARKED", "2091-10-01")).contains("国庆节").contains("HOLIDAY");

		mvc.perform(delete("/api/v1/calendar/days/2091-10-01").with(ActorFixtures.as(KEEPER)))
			.andExpect(status().isNoContent());
		assertThat(calendar.isWorkingDay(monday)).isTrue();
		assertThat(lastAudit("CALENDAR_DAY_CLEARED", "2091-10-01")).contains("国庆节");
		mvc.perform(delete("/api/v1/calendar/days/2091-10-01").with(ActorFixtures.as(KEEPER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdjustedSaturdayCountsInDeadlines() throws Exception {
		LocalDate friday = LocalDate.of(2092, 9, 26);
		mvc.perform(put("/api/v1/calendar/days/2092-09-27").with(ActorFixtures.as(KEEPER))
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKDAY\",\"name\":\"国庆节调休\"}"))
			.andExpect(status().isOk());
		assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2092, 9, 27));
	}

	@Test
	void staffMayReadButNotChangeTheCalendar() throws Exception {
		String staff = "Bearer " + DemoLogins.token(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/api/v1/calendar/2091").header("Authorization", staff)).andExpect(status().isOk());
		mvc.perform(put("/api/v1/calendar/days/2091-10-02").header("Authorization", staff)
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/calendar/days/2091-10-02").header("Authorization", staff))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/calendar/2091")).andExpect(status().isUnauthorized());
	}

	@Test
	void badInputIsRefusedWithTheFieldNamed() throws Exception {
		mark("2091-02-30", "{\"kind\":\"HOLIDAY\",\"name\":\"春节\"}", "date");
		mark("2091-10-02", "{\"kind\":\"REST\",\"name\":\"国庆节\"}", "kind");
		mark("2091-10-02", "{\"kind\":\"HOLIDAY\",\"name\":\" \"}", "name");
		mark("2091-10-02", "{\"kind\":\"WORKDAY\",\"name\":\"调休\"}", "kind");
		mvc.perform(get("/api/v1/calendar/20x1").with(ActorFixtures.as(KEEPER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(delete("/api/v1/calendar/days/tomorrow").with(ActorFixtures.as(KEEPER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
	}

	private void mark(String date, String body, String field) throws Exception {
		mvc.perform(put("/api/v1/calendar/days/" + date).with(ActorFixtures.as(KEEPER))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private String lastAudit(String action, String date) {
		return jdbc.sql("select actor_name || ' ' || coalesce(detail, '') from audit_event"
				+ " where action = :action and target_type = 'calendar_day' and target_id = :date order by id desc limit 1")
			.param("action", action).param("date", date).query(String.class).single();
	}

}
