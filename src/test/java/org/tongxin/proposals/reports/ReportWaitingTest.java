package org.tongxin.proposals.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.WaitingItem;

/**
 * A submitted report waits for the reviewers who see it (district-wide, and those whose scope holds
 * the reporter unit) to accept or decline it, under its title as edited; once taken up or declined
 * it waits for nobody.
 */
class ReportWaitingTest {

	@Test
	void aSubmittedReportWaitsForTheReviewersWhoSeeIt() {
		assertThat(ReportWaiting.waiting(report(ReportStatus.SUBMITTED)))
			.allSatisfy(item -> {
				assertThat(item.kind()).isEqualTo("report.waiting.accept");
				assertThat(item.title()).isEqualTo("编辑后的标题");
				assertThat(item.number()).isEqualTo("XX2026000004");
				assertThat(item.link()).isEqualTo("/reports/4");
				assertThat(item.deadline()).isNull();
			})
			.extracting(WaitingItem::to)
			.containsExactly(Addressee.deployment(Privilege.PROPOSAL_REVIEW),
					Addressee.domain(Privilege.PROPOSAL_REVIEW, 21, "/1/21/"));
	}

	@Test
	void aReportTakenUpOrDeclinedWaitsForNobody() {
		assertThat(ReportWaiting.waiting(report(ReportStatus.ACCEPTED))).isEmpty();
		assertThat(ReportWaiting.waiting(report(ReportStatus.DECLINED))).isEmpty();
	}

	private static Report report(ReportStatus status) {
		Instant at = Instant.parse("2026-10-01T02:00:00Z");
		return new Report(4, "XX2026000004", new ReportCategory("SOCIAL", "社会民生", "Society"),
				new ReportText("原标题", "正文", "编辑后的标题", "编辑后的正文"), new Reporter("MEMBER", 88L, 21, "/1/21/", "建言甲"),
				501, status, at, ReportReview.NONE, 1);
	}

}
