package org.tongxin.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.tongxin.calendar.DayKind;

/**
 * The arithmetic on a calendar shaped like 2025/2026's (a fixture for the test, not data the
 * platform ships): National Day week 1–8 October 2025 off with Sunday 28 September and Saturday
 * 11 October worked, New Year 1–3 January 2026 off with Sunday 4 January worked.
 */
class WorkingDaysTest {

	private final Map<LocalDate, DayKind> marked = new HashMap<>();

	private final AtomicInteger yearLoads = new AtomicInteger();

	private final WorkingDays days = new WorkingDays(year -> {
		yearLoads.incrementAndGet();
		Map<LocalDate, DayKind> ofYear = new HashMap<>();
		marked.forEach((d, k) -> {
			if (d.getYear() == year) {
				ofYear.put(d, k);
			}
		});
		return ofYear;
	});

	WorkingDaysTest() {
		for (int d = 1; d <= 8; d++) {
			marked.put(LocalDate.of(2025, 10, d), DayKind.HOLIDAY);
		}
		marked.put(LocalDate.of(2025, 9, 28), DayKind.WORKDAY);
		marked.put(LocalDate.of(2025, 10, 11), DayKind.WORKDAY);
		for (int d = 1; d <= 3; d++) {
			marked.put(LocalDate.of(2026, 1, d), DayKind.HOLIDAY);
		}
		marked.put(LocalDate.of(2026, 1, 4), DayKind.WORKDAY);
	}

	@Test
	void weekdaysWorkAndWeekendsRestUnlessMarked() {
		assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 5))).as("Friday").isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 6))).as("Saturday").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 7))).as("Sunday").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday worked in exchange").isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 1))).as("Wednesday, National Day").isFalse();
	}

	@Test
	void countingStartsTheDayAfterAndSkipsWeekends() {
		assertThat(days.addWorkingDays(LocalDate.of(2025, 9, 5), 1)).as("Friday + 1").isEqualTo(LocalDate.of(2025, 9, 8));
		assertThat(days.addWorkingDays(LocalDate.of(2025, 9, 6), 1)).as("from a Saturday").isEqualTo(LocalDate.of(2025, 9, 8));
		assertThat(days.addWorkingDays(LocalDate.of(2025, 9, 1), 5)).as("Monday + 5").isEqualTo(LocalDate.of(2025, 9, 8));
		assertThat(days.addWorkingDays(LocalDate.of(2025, 9, 1), 10)).isEqualTo(LocalDate.of(2025, 9, 15));
	}

	@Test
	void aHolidayWeekIsSkippedAndItsAdjustedWeekendDaysCount() {
		LocalDate friday = LocalDate.of(2025, 9, 26);
		assertThat(days.addWorkingDays(friday, 1)).as("the Sunday worked").isEqualTo(LocalDate.of(2025, 9, 28));
		assertThat(days.addWorkingDays(friday, 3)).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThat(days.addWorkingDays(friday, 4)).as("after the holiday week").isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(days.addWorkingDays(friday, 6)).as("the Saturday worked").isEqualTo(LocalDate.of(2025, 10, 11));
		assertThat(days.addWorkingDays(friday, 7)).isEqualTo(LocalDate.of(2025, 10, 13));
		assertThat(days.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 8))).isZero();
	}

	@Test
	void countsAcrossTheYearBoundary() {
		LocalDate newYearsEve = LocalDate.of(2025, 12, 31);
		assertThat(days.addWorkingDays(newYearsEve, 1)).as("Sunday 4 January worked").isEqualTo(LocalDate.of(2026, 1, 4));
		assertThat(days.addWorkingDays(newYearsEve, 2)).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(days.workingDaysBetween(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5))).as("Tue, Wed, Sun 4, Mon 5")
			.isEqualTo(4);
	}

	@Test
	void zeroDaysIsTheStartItselfAndNegativeOrHugeCountsAreRefused() {
		LocalDate saturday = LocalDate.of(2025, 9, 6);
		assertThat(days.addWorkingDays(saturday, 0)).isEqualTo(saturday);
		assertThatThrownBy(() -> days.addWorkingDays(saturday, -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> days.addWorkingDays(saturday, 2_501)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void betweenIsTheInverseOfAddAndTurnsItsSignWhenReversed() {
		LocalDate start = LocalDate.of(2025, 9, 20);
		for (int n = 0; n <= 80; n++) {
			LocalDate deadline = days.addWorkingDays(start, n);
			assertThat(days.workingDaysBetween(start, deadline)).as("n=%s", n).isEqualTo(n);
			assertThat(days.workingDaysBetween(deadline, start)).isEqualTo(-n);
		}
		assertThat(days.workingDaysBetween(start, start)).isZero();
	}

	@Test
	void anOrdinaryYearWithoutMarksHasItsWeekdays() {
		assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31))).isEqualTo(261);
	}

}
