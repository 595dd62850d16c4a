package org.tongxin.members.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.SlaLight;
import org.tongxin.shared.workflow.WaitingItem;

/**
 * A plan's next open step waits for the person's town from two weeks before it is due, amber
 * from three days before, red on its day and overdue after, linked to the plan's page.
 */
class PlanWaitingTest {

	private static final LocalDate DUE = LocalDate.of(2026, 10, 31);

	@Test
	void aStepIsListedTwoWeeksAheadAndTurnsAmberThreeDaysAhead() {
		Addressee town = Addressee.domain(Privilege.MEMBER_MANAGE, 3, "/1/3/");
		WaitingItem item = PlanWaiting.item(42, "张三 · 到区发改局挂职", DUE, town);
		assertThat(item.kind()).isEqualTo("talent.waiting.step");
		assertThat(item.link()).isEqualTo("/members/talent/plans/42");
		assertThat(item.to()).isEqualTo(town);
		assertThat(item.deadline()).isEqualTo(DUE);
		assertThat(item.showFrom()).isEqualTo(LocalDate.of(2026, 10, 17));
		assertThat(SlaLight.of(item.deadline(), item.warnFrom(), LocalDate.of(2026, 10, 27))).isEqualTo(SlaLight.GREEN);
		assertThat(SlaLight.of(item.deadline(), item.warnFrom(), LocalDate.of(2026, 10, 28))).isEqualTo(SlaLight.YELLOW);
		assertThat(SlaLight.of(item.deadline(), item.warnFrom(), DUE)).isEqualTo(SlaLight.RED);
		assertThat(SlaLight.of(item.deadline(), item.warnFrom(), DUE.plusDays(1))).isEqualTo(SlaLight.OVERDUE);
	}

	/** Since the listing day, unless the plan started or the step before was done later (office days). */
	@Test
	void aStepWaitsSinceItIsListedOrItsPredecessorWasDone() {
		assertThat(PlanWaiting.since(DUE, LocalDate.of(2026, 1, 1), null))
			.isEqualTo(java.time.Instant.parse("2026-10-16T16:00:00Z"));
		assertThat(PlanWaiting.since(DUE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 20)))
			.isEqualTo(java.time.Instant.parse("2026-10-19T16:00:00Z"));
		assertThat(PlanWaiting.since(DUE, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 20)))
			.isEqualTo(java.time.Instant.parse("2026-10-24T16:00:00Z"));
	}

}
