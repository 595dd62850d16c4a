package org.tongxin.calendar.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.calendar.CalendarDay;
import org.tongxin.calendar.internal.CalendarAdministration;
import org.tongxin.calendar.internal.CalendarRules;
import org.tongxin.shared.security.Actor;

/**
 * The calendar for other systems: every signed-in user may read a year (it is the same for
 * everyone, not scoped data); marking and clearing need {@code CALENDAR_MANAGE} (checked by
 * {@link CalendarAdministration}).
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "The business calendar: the working days deadlines are counted on.")
class CalendarApiController {

	private final BusinessCalendar calendar;

	private final CalendarAdministration administration;

	CalendarApiController(BusinessCalendar calendar, CalendarAdministration administration) {
		this.calendar = calendar;
		this.administration = administration;
	}

	/** A day to mark: kind HOLIDAY or WORKDAY, and the holiday's name (required for HOLIDAY). */
	record DayRequest(String kind, String name) {
	}

	/** A year's marked days; days not listed follow the week (Monday to Friday work). */
	record YearAnswer(int year, int workingDays, List<CalendarDay> days) {
	}

	@Operation(summary = "A year's marked days and its number of working days", description = """
			Any signed-in user. Year 2000–2100. Monday to Friday work and weekends rest, except the days listed:
			HOLIDAY (a day off, with its name) and WORKDAY (a weekend day worked, 调休上班). 400 naming `year`
			when out of range.
			""")
	@GetMapping("/{year}")
	YearAnswer year(@PathVariable String year) {
		int y = CalendarRules.year(year);
		int working = calendar.workingDaysBetween(java.time.LocalDate.of(y - 1, 12, 31), java.time.LocalDate.of(y, 12, 31));
		return new YearAnswer(y, working, calendar.markedDays(y));
	}

	@Operation(summary = "Mark a day", description = """
			CALENDAR_MANAGE. Path: an ISO date. Body: `kind` HOLIDAY (any day; `name` required, ≤ 50 characters,
			e.g. 国庆节) or WORKDAY (only a Saturday or Sunday). Marking again replaces the mark. Audited.
			Deadlines already set on demand cases do not move. 400 naming `date`, `kind` or `name`.
			""")
	@PutMapping("/days/{date}")
	CalendarDay mark(@AuthenticationPrincipal Actor actor, @PathVariable String date, @RequestBody DayRequest request) {
		return administration.mark(actor, date, request.kind(), request.name());
	}

	@Operation(summary = "Clear a day's mark", description = """
			CALENDAR_MANAGE. 204; 404 when the day was not marked. Audited.
			""")
	@DeleteMapping("/days/{date}")
	ResponseEntity<Void> clear(@AuthenticationPrincipal Actor actor, @PathVariable String date) {
		return administration.clear(actor, date) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

}
