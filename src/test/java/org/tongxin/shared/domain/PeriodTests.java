package org.tongxin.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/** The period of the figures and performance filters, as typed: a year, or from..to. */
class PeriodTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	private static Period parsed(String year, String from, String to) {
		return Period.parse(year, from, to, TODAY).orElseThrow();
	}

	private static List<FieldProblem> problems(String year, String from, String to) {
		try {
			Period.parse(year, from, to, TODAY);
		}
		catch (Rejection rejection) {
			return rejection.problems();
		}
		throw new AssertionError("not rejected: " + year + " " + from + " " + to);
	}

	@Test
	void aYearIsTheWholeYearAndWinsOverDates() {
		assertThat(parsed("2021", null, null)).isEqualTo(new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
		assertThat(parsed(" 2024 ", "2020-01-01", "bad")).isEqualTo(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
		assertThat(parsed("1949", "", "").from()).isEqualTo(LocalDate.of(1949, 1, 1));
		assertThat(parsed("2999", "", "").to()).isEqualTo(LocalDate.of(2999, 12, 31));
	}

	@Test
	void fromAndToAreBothDaysIncluded() {
		assertThat(parsed("", "2024-03-01", "2024-03-31")).isEqualTo(new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
		assertThat(parsed(null, " 2024-03-01 ", "2024-03-01").from()).isEqualTo(LocalDate.of(2024, 3, 1));
	}

	@Test
	void aBlankEndIsTheCurrentYearsAndNothingAskedIsEmpty() {
		assertThat(parsed(null, "2025-03-01", "")).isEqualTo(new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 31)));
		assertThat(parsed(null, null, "2026-02-28")).isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)));
		assertThat(Period.parse(null, null, null, TODAY)).isEmpty();
		assertThat(Period.parse(" ", "", "\t", TODAY)).isEqualTo(Optional.empty());
		assertThat(Period.yearOf(TODAY)).isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
	}

	@Test
	void aStartAfterTheEndIsRejectedOnTo() {
		List<FieldProblem> problems = problems(null, "2024-03-31", "2024-03-01");
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("to");
			assertThat(p.code()).isEqualTo("period.error.order");
			assertThat(p.args()).containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 1));
		});
		assertThat(problems(null, null, "2024-03-01")).singleElement().extracting(FieldProblem::code)
			.isEqualTo("period.error.order");
	}

	@Test
	void badDatesNameEachFieldAndQuoteAtMostTwentyCharacters() {
		List<FieldProblem> problems = problems("", "2024-13-01", "<script>alert(1)</script>");
		assertThat(problems).extracting(FieldProblem::field).containsExactly("from", "to");
		assertThat(problems).extracting(FieldProblem::code).containsOnly("period.error.date");
		assertThat(problems.get(0).args()).containsExactly("2024-13-01");
		assertThat((String) problems.get(1).args()[0]).hasSize(20);
		assertThat(problems(null, "2024/03/01", null)).extracting(FieldProblem::field).containsExactly("from");
		assertThat(problems(null, null, "yesterday")).extracting(FieldProblem::field).containsExactly("to");
		assertThat(problems(null, "2023-02-29", "2023-03-01")).extracting(FieldProblem::field).containsExactly("from");
		// ISO years of nine digits parse, and a day after them would not exist
		assertThat(problems(null, "-999999999-01-01", "+999999999-12-31")).extracting(FieldProblem::field)
			.containsExactly("from", "to");
		assertThat(problems(null, "1948-12-31", null)).extracting(FieldProblem::field).containsExactly("from");
	}

	@Test
	void aYearOutOfRangeOrNotANumberIsRejectedOnYear() {
		for (String year : new String[] { "1948", "3000", "20x1", "-2021", "99999999999", "二〇二一" }) {
			assertThat(problems(year, null, null)).as(year).singleElement().satisfies(p -> {
				assertThat(p.field()).isEqualTo("year");
				assertThat(p.code()).isEqualTo("period.error.year");
				assertThat(p.args()).containsExactly(year, "1949", "2999");
			});
		}
	}

	@Test
	void morethanTenYearsIsATypingError() {
		assertThat(parsed(null, "2016-01-01", "2026-02-01").to()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(problems(null, "1999-01-01", "2026-01-01")).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("to");
			assertThat(p.code()).isEqualTo("period.error.tooLong");
		});
	}

	@Test
	void aPeriodNeverEndsBeforeItStarts() {
		assertThatThrownBy(() -> new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Period(null, LocalDate.of(2024, 1, 1))).isInstanceOf(NullPointerException.class);
	}

}
