package org.tongxin.calendar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.DemoLogins;

/** The calendar page as the built-in administrator (whose role holds CALENDAR_MANAGE) and as staff; year 2093 is this test's. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalendarPageTests {

	@Autowired
	MockMvc mvc;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	@Test
	void theAdministratorMarksAndClearsADayOnThePage() throws Exception {
		Cookie admin = DemoLogins.login(mvc, "admin", adminPassword);
		mvc.perform(get("/admin/calendar").param("year", "2093").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2093")))
			.andExpect(content().string(containsString("十二月")))
			.andExpect(content().string(containsString("href=\"/admin/calendar\"")));

		mvc.perform(post("/admin/calendar/days").cookie(admin).with(csrf())
				.param("date", "2093-01-26").param("kind", "HOLIDAY").param("name", "春节"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar?year=2093"));
		mvc.perform(get("/admin/calendar").param("year", "2093").cookie(admin))
			.andExpect(content().string(containsString("春节")))
			.andExpect(content().string(containsString("<td class=\"tx-cal-holiday\"")));

		mvc.perform(post("/admin/calendar/days/clear").cookie(admin).with(csrf()).param("date", "2093-01-26"))
			.andExpect(redirectedUrl("/admin/calendar?year=2093"));
		mvc.perform(get("/admin/calendar").param("year", "2093").cookie(admin))
			.andExpect(content().string(not(containsString("<td class=\"tx-cal-holiday\""))));
	}

	@Test
	void aBadDayComesBackWithItsFieldsMarked() throws Exception {
		Cookie admin = DemoLogins.login(mvc, "admin", adminPassword);
		mvc.perform(post("/admin/calendar/days").cookie(admin).with(csrf())
				.param("date", "2093-03-02").param("kind", "WORKDAY").param("name", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "kind", "calendar.kind.workdayOnWeekday"))
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/admin/calendar/days").cookie(admin).with(csrf())
				.param("date", "2093-03-07").param("kind", "HOLIDAY").param("name", ""))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "calendar.name.required"));
		mvc.perform(post("/admin/calendar/days").cookie(admin).with(csrf())
				.param("date", "not-a-date").param("kind", "HOLIDAY").param("name", "春节"))
			.andExpect(model().attributeHasFieldErrorCode("form", "date", "calendar.date.invalid"));
	}

	@Test
	void staffCannotOpenOrChangeTheCalendarAndSeeNoEntry() throws Exception {
		Cookie staff = DemoLogins.login(mvc, "staff", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/admin/calendar").cookie(staff)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/days").cookie(staff).with(csrf())
				.param("date", "2093-05-01").param("kind", "HOLIDAY").param("name", "劳动节"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/").cookie(staff)).andExpect(content().string(not(containsString("/admin/calendar"))));
	}

}
