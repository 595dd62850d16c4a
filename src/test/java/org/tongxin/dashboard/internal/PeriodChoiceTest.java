package org.tongxin.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Period;
import org.tongxin.shared.domain.Rejection;

class PeriodChoiceTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void nothingAskedIsThisYearSoFarComparedWithLastYearToTheSameDay() {
		PeriodChoice c = PeriodChoice.parse(null, null, null, null, null, TODAY);
		assertThat(c.kind()).isEqualTo(PeriodChoice.Kind.YEAR);
		assertThat(c.toDate()).isTrue();
		assertThat(c.period()).isEqualTo(period("2026-01-01", "2026-12-07"));
		assertThat(c.previous()).isEqualTo(period("2025-01-01", "2025-12-07")).isEqualTo(c.lastYear());
	}

	@Test
	void aMonthUnderWayIsComparedWithAsManyDaysOfTheMonthBeforeClippedToItsEnd() {
		PeriodChoice c = PeriodChoice.parse("2026", null, "3", null, null, LocalDate.of(2026, 3, 31));
		assertThat(c.period()).isEqualTo(period("2026-03-01", "2026-03-31"));
		assertThat(c.toDate()).isFalse();
		PeriodChoice underWay = PeriodChoice.parse("2026", null, "3", null, null, LocalDate.of(2026, 3, 30));
		assertThat(underWay.period()).isEqualTo(period("2026-03-01", "2026-03-30"));
		assertThat(underWay.previous()).isEqualTo(period("2026-02-01", "2026-02-28"));
		assertThat(underWay.lastYear()).isEqualTo(period("2025-03-01", "2025-03-30"));
		PeriodChoice future = PeriodChoice.parse("2027", null, null, null, null, TODAY);
		assertThat(future.period()).isEqualTo(period("2027-01-01", "2027-12-31"));
	}

	@Test
	void aQuarterIsComparedWithTheQuarterBeforeAndTheSameQuarterAYearEarlier() {
		PeriodChoice c = PeriodChoice.parse("2021", "1", "", null, null, TODAY);
		assertThat(c.period()).isEqualTo(period("2021-01-01", "2021-03-31"));
		assertThat(c.previous()).isEqualTo(period("2020-10-01", "2020-12-31"));
		assertThat(c.lastYear()).isEqualTo(period("2020-01-01", "2020-03-31"));
	}

	@Test
	void aMonthWithoutAYearIsThisYearsAndFebruaryEndsOnItsLastDay() {
		PeriodChoice c = PeriodChoice.parse(" ", null, "3", null, null, LocalDate.of(2024, 5, 1));
		assertThat(c.period()).isEqualTo(period("2024-03-01", "2024-03-31"));
		assertThat(c.previous()).isEqualTo(period("2024-02-01", "2024-02-29"));
		assertThat(c.lastYear()).isEqualTo(period("2023-03-01", "2023-03-31"));
	}

	@Test
	void fromToIsComparedWithAsManyDaysJustBefore() {
		PeriodChoice c = PeriodChoice.parse(null, null, null, "2021-03-01", "2021-03-10", TODAY);
		assertThat(c.kind()).isEqualTo(PeriodChoice.Kind.CUSTOM);
		assertThat(c.previous()).isEqualTo(period("2021-02-19", "2021-02-28"));
		assertThat(c.lastYear()).isEqualTo(period("2020-03-01", "2020-03-10"));
	}

	@Test
	void badValuesAreEachNamed() {
		assertThatThrownBy(() -> PeriodChoice.parse("abc", "0", "13", null, null, TODAY)).isInstanceOf(Rejection.class)
			.satisfies(e -> assertThat(((Rejection) e).problems()).extracting(Rejection.FieldProblem::field)
				.containsExactlyInAnyOrder("year", "quarter", "month"));
		assertThatThrownBy(() -> PeriodChoice.parse("2021", "2", "5", null, null, TODAY)).isInstanceOf(Rejection.class)
			.satisfies(e -> assertThat(((Rejection) e).problems()).extracting(Rejection.FieldProblem::field).containsExactly("month"));
	}

	private static Period period(String from, String to) {
		return new Period(LocalDate.parse(from), LocalDate.parse(to));
	}

}
