package org.tongxin.proposals.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.WaitingItem;

/**
 * What an implementation result waits for, from hand-made results: an update from its owner unit's
 * handlers until it is complete, due at its planned end (amber a week before) and listed from its
 * planned start; without dates, no clock and listed at once; nothing once complete.
 */
class ResultWaitingTest {

	private static final LocalDate START = LocalDate.of(2026, 9, 1);

	private static final LocalDate END = LocalDate.of(2027, 3, 1);

	@Test
	void anOpenResultWaitsForItsOwnerUnitsUpdateByItsPlannedEnd() {
		List<WaitingItem> items = ResultWaiting.waiting(result(START, END, 40, null));

		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.kind()).isEqualTo("decision.waiting.update");
			assertThat(item.to()).isEqualTo(Addressee.domain(Privilege.PROPOSAL_HANDLE, 31, "/1/31/"));
			assertThat(item.title()).isEqualTo("建设产业园配套道路");
			assertThat(item.link()).isEqualTo("/decisions/5#result-9");
			assertThat(item.deadline()).isEqualTo(END);
			assertThat(item.warnFrom()).isEqualTo(END.minusDays(7));
			assertThat(item.showFrom()).isEqualTo(START);
		});
	}

	@Test
	void aResultWithoutDatesWaitsWithoutAClock() {
		assertThat(ResultWaiting.waiting(result(null, null, 0, null))).singleElement().satisfies(item -> {
			assertThat(item.deadline()).isNull();
			assertThat(item.warnFrom()).isNull();
			assertThat(item.showFrom()).isNull();
		});
	}

	@Test
	void aCompleteResultWaitsForNothing() {
		assertThat(ResultWaiting.waiting(result(START, END, 100, END.minusDays(3)))).isEmpty();
	}

	private static Result result(LocalDate starts, LocalDate due, int progress, LocalDate completed) {
		return new Result(9, 5, "建设产业园配套道路", null, new ResultOwner(31, "/1/31/", "刘洋"), starts, due, progress, completed,
				Instant.parse("2026-10-01T02:00:00Z"), 2);
	}

}
