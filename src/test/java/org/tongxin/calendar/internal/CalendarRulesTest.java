package org.tongxin.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tongxin.calendar.CalendarDay;
import org.tongxin.calendar.DayKind;
import org.tongxin.shared.domain.Rejection;

class CalendarRulesTest {

	@Test
	void aHolidayMayFallOnAnyDayAndAWorkdayOnlyOnAWeekend() {
		assertThat(CalendarRules.check("2026-10-01", "holiday", " 国庆节 "))
			.isEqualTo(new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"));
		assertThat(CalendarRules.check("2026-10-03", "HOLIDAY", "国庆节").kind()).as("a Saturday").isEqualTo(DayKind.HOLIDAY);
		assertThat(CalendarRules.check("2026-10-10", "WORKDAY", "").kind()).as("a Saturday").isEqualTo(DayKind.WORKDAY);
		assertThat(problems("2026-10-09", "WORKDAY", "国庆节")).containsExactly("kind:calendar.kind.workdayOnWeekday");
	}

	@Test
	void everyBadFieldIsNamed() {
		assertThat(problems("2026-02-30", "HOLIDAY", "春节")).containsExactly("date:calendar.date.invalid");
		assertThat(problems("", "", "")).containsExactly("date:calendar.date.required", "kind:calendar.kind.required");
		assertThat(problems("2026-10-01", "REST", "x")).containsExactly("kind:calendar.kind.unknown");
		assertThat(problems("2026-10-01", "HOLIDAY", "  ")).containsExactly("name:calendar.name.required");
		assertThat(problems("1999-10-01", "HOLIDAY", "国庆节")).containsExactly("date:calendar.date.outOfRange");
		assertThat(problems("2026-10-01", "HOLIDAY", "节".repeat(51))).containsExactly("name:calendar.name.tooLong");
	}

	@Test
	void aYearIsDigitsWithinTheYearsKept() {
		assertThat(CalendarRules.year("2026")).isEqualTo(2026);
		assertThat(catchThrowableOfType(Rejection.class, () -> CalendarRules.year("20x6")).problems().get(0).field())
			.isEqualTo("year");
		assertThat(catchThrowableOfType(Rejection.class, () -> CalendarRules.year("3000"))).isNotNull();
	}

	private static java.util.List<String> problems(String date, String kind, String name) {
		Rejection rejection = catchThrowableOfType(Rejection.class, () -> CalendarRules.check(date, kind, name));
		assertThat(rejection).isNotNull();
		return rejection.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
	}

}
