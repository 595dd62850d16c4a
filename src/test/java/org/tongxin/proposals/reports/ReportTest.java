package org.tongxin.proposals.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongxin.proposals.Level;
import org.tongxin.shared.domain.Rejection;

/**
 * A report's rules, without Spring: a submitted report is edited, accepted or declined; an accepted
 * one is edited, forwarded, adopted, instructed on and linked; a declined one takes no step. Each
 * step is taken from every status that allows it and refused (naming the status) from every one
 * that does not, and its own rules are checked naming the field.
 */
class ReportTest {

	private static final Instant SUBMITTED_AT = Instant.parse("2026-10-01T02:00:00Z");

	/** The office day of {@link #SUBMITTED_AT} (Asia/Shanghai). */
	private static final String SUBMITTED_ON = "2026-10-01";

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

	private static final Function<Level, Optional<LocalDate>> NOTHING_AT = level -> Optional.empty();

	@Test
	void theTableAllowsASubmittedReportItsReviewAnAcceptedOneItsRecordsAndADeclinedOneNothing() {
		assertThat(Report.STEPS.at(ReportStatus.SUBMITTED)).containsExactlyInAnyOrder(ReportStep.EDIT, ReportStep.ACCEPT,
				ReportStep.DECLINE);
		assertThat(Report.STEPS.at(ReportStatus.ACCEPTED)).containsExactlyInAnyOrder(ReportStep.EDIT, ReportStep.FORWARD,
				ReportStep.ADOPT, ReportStep.INSTRUCT, ReportStep.LINK);
		assertThat(Report.STEPS.at(ReportStatus.DECLINED)).isEmpty();
	}

	@Test
	void aSubmittedReportIsCheckedFieldByFieldAndNamesEveryProblemAtOnce() {
		Report r = Report.submitted(4, "XX2026000004", "SOCIAL", ReportText.written(" 标题 ", "正文"), reporter(), 501,
				SUBMITTED_AT);
		assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(r.text()).isEqualTo(new ReportText("标题", "正文", null, null));
		assertThat(r.review()).isEqualTo(ReportReview.NONE);
		assertThatThrownBy(() -> ReportText.written(" ", "<b>正文</b>")).isInstanceOfSatisfying(Rejection.class,
				ex -> assertThat(ex.problems()).extracting(Rejection.FieldProblem::field, Rejection.FieldProblem::code)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "report.field.required"),
							org.assertj.core.groups.Tuple.tuple("body", "report.text.markup")));
		refused(() -> ReportText.written("题".repeat(101), "正文"), "title", "report.text.tooLong");
	}

	@Test
	void submittedAndAcceptedReportsAreEditedBesideTheSubmittedText() {
		for (ReportStatus status : EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)) {
			Report edited = report(status).edited(" 编辑后的标题 ", "编辑后的正文");
			assertThat(edited.text()).isEqualTo(new ReportText("原标题", "原正文", "编辑后的标题", "编辑后的正文"));
			assertThat(edited.text().currentTitle()).isEqualTo("编辑后的标题");
			assertThat(edited.status()).isEqualTo(status);
		}
		refused(() -> report(ReportStatus.SUBMITTED).edited("标题", " "), "body", "report.field.required");
		refusedAt(ReportStatus.DECLINED, r -> r.edited("标题", "正文"));
	}

	@Test
	void aSubmittedReportIsAcceptedAndNothingElseIs() {
		Report accepted = report(ReportStatus.SUBMITTED).accepted(NOW);
		assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(accepted.review()).isEqualTo(new ReportReview(NOW, null));
		refusedAt(ReportStatus.ACCEPTED, r -> r.accepted(NOW));
		refusedAt(ReportStatus.DECLINED, r -> r.accepted(NOW));
	}

	@Test
	void aSubmittedReportIsDeclinedForAReasonAndNothingElseIs() {
		Report declined = report(ReportStatus.SUBMITTED).declined(" 不具备编发价值。 ", NOW);
		assertThat(declined.status()).isEqualTo(ReportStatus.DECLINED);
		assertThat(declined.review()).isEqualTo(new ReportReview(NOW, "不具备编发价值。"));
		refused(() -> report(ReportStatus.SUBMITTED).declined("", NOW), "reason", "report.field.required");
		refusedAt(ReportStatus.ACCEPTED, r -> r.declined("理由", NOW));
		refusedAt(ReportStatus.DECLINED, r -> r.declined("理由", NOW));
	}

	@Test
	void anAcceptedReportIsForwardedAboveTheDistrictBetweenItsSubmissionAndThatLevelsAdoption() {
		ReportDetail.Forward f = accepted().forward("CITY", " 市委统战部 ", "2026-11-02", TODAY, NOTHING_AT);
		assertThat(f).isEqualTo(new ReportDetail.Forward(Level.CITY, "市委统战部", LocalDate.of(2026, 11, 2)));
		refused(() -> accepted().forward("DISTRICT", "区委", "2026-11-02", TODAY, NOTHING_AT), "level",
				"report.forward.level");
		refused(() -> accepted().forward("TOWN", "镇", "2026-11-02", TODAY, NOTHING_AT), "level", "report.level.unknown");
		refused(() -> accepted().forward("CITY", " ", "2026-11-02", TODAY, NOTHING_AT), "recipient",
				"report.field.required");
		refused(() -> accepted().forward("CITY", "市委", "2026-11-21", TODAY, NOTHING_AT), "forwardedOn",
				"report.date.future");
		refused(() -> accepted().forward("CITY", "市委", "2026-09-30", TODAY, NOTHING_AT), "forwardedOn",
				"report.forwardedOn.beforeSubmitted");
		refused(() -> accepted().forward("CITY", "市委", "11/02", TODAY, NOTHING_AT), "forwardedOn", "report.date.invalid");
		refused(() -> accepted().forward("CITY", "市委", "2026-11-10", TODAY, on(Level.CITY, "2026-11-05")), "forwardedOn",
				"report.date.forwardedAfterAdoption");
		refusedAt(ReportStatus.SUBMITTED, r -> r.forward("CITY", "市委", "2026-11-02", TODAY, NOTHING_AT));
		refusedAt(ReportStatus.DECLINED, r -> r.forward("CITY", "市委", "2026-11-02", TODAY, NOTHING_AT));
	}

	@Test
	void anAcceptedReportIsAdoptedAtAnyLevelNotBeforeThatLevelsForward() {
		ReportDetail.Adoption a = accepted().adopt("DISTRICT", "《乐山社情民意》", SUBMITTED_ON, TODAY, NOTHING_AT);
		assertThat(a).isEqualTo(new ReportDetail.Adoption(Level.DISTRICT, "《乐山社情民意》", LocalDate.of(2026, 10, 1)));
		assertThat(accepted().adopt("CITY", "市委办", "2026-11-05", TODAY, on(Level.CITY, "2026-11-05")).level())
			.isEqualTo(Level.CITY);
		refused(() -> accepted().adopt("CITY", "市委办", "2026-11-04", TODAY, on(Level.CITY, "2026-11-05")), "adoptedOn",
				"report.date.adoptedBeforeForward");
		refused(() -> accepted().adopt("CITY", "", "2026-11-05", TODAY, NOTHING_AT), "adoptedBy", "report.field.required");
		refused(() -> accepted().adopt("", "市委办", "2026-11-05", TODAY, NOTHING_AT), "level", "report.field.required");
		refused(() -> accepted().adopt("CITY", "市委办", "2026-09-30", TODAY, NOTHING_AT), "adoptedOn",
				"report.adoptedOn.beforeSubmitted");
		refusedAt(ReportStatus.SUBMITTED, r -> r.adopt("CITY", "市委办", "2026-11-05", TODAY, NOTHING_AT));
		refusedAt(ReportStatus.DECLINED, r -> r.adopt("CITY", "市委办", "2026-11-05", TODAY, NOTHING_AT));
	}

	@Test
	void anAcceptedReportTakesALeadersInstructionWithPostTextAndDate() {
		ReportDetail.Instruction i = accepted().instruct("CITY", "市委副书记", " 请市民政局研究办理。 ", "2026-11-10", TODAY);
		assertThat(i).isEqualTo(new ReportDetail.Instruction(Level.CITY, "市委副书记", "请市民政局研究办理。",
				LocalDate.of(2026, 11, 10)));
		refused(() -> accepted().instruct("CITY", " ", "请办理", "2026-11-10", TODAY), "post", "report.field.required");
		refused(() -> accepted().instruct("CITY", "书记", "<script>", "2026-11-10", TODAY), "instruction",
				"report.text.markup");
		refused(() -> accepted().instruct("CITY", "书记", "请办理", "2026-09-30", TODAY), "instructedOn",
				"report.instructedOn.beforeSubmitted");
		refused(() -> accepted().instruct("CITY", "书记", "请办理", "", TODAY), "instructedOn", "report.field.required");
		refusedAt(ReportStatus.SUBMITTED, r -> r.instruct("CITY", "书记", "请办理", "2026-11-10", TODAY));
		refusedAt(ReportStatus.DECLINED, r -> r.instruct("CITY", "书记", "请办理", "2026-11-10", TODAY));
	}

	@Test
	void onlyAnAcceptedReportIsLinkedToADecision() {
		assertThat(accepted().linkRefusal()).isNull();
		assertThat(report(ReportStatus.SUBMITTED).linkRefusal()).isEqualTo("report.link.status");
		assertThat(report(ReportStatus.DECLINED).linkRefusal()).isEqualTo("report.link.status");
	}

	@Test
	void aRefusedStepNamesTheStatusInTheReadersLanguageAndAsItsCode() {
		assertThatThrownBy(() -> report(ReportStatus.DECLINED).accepted(NOW)).isInstanceOfSatisfying(Rejection.class,
				ex -> {
					Rejection.FieldProblem problem = ex.problems().get(0);
					assertThat(problem.field()).isEqualTo("status");
					assertThat(problem.code()).isEqualTo("report.step.status");
					assertThat(((DefaultMessageSourceResolvable) problem.args()[0]).getCodes())
						.containsExactly("report.status.DECLINED");
					assertThat(problem.args()[1]).isEqualTo("DECLINED");
				});
	}

	private static Function<Level, Optional<LocalDate>> on(Level at, String date) {
		return level -> level == at ? Optional.of(LocalDate.parse(date)) : Optional.empty();
	}

	private static Report accepted() {
		return report(ReportStatus.ACCEPTED);
	}

	private static Report report(ReportStatus status) {
		return new Report(4, "XX2026000004", new ReportCategory("SOCIAL", "社会民生", "Society"),
				new ReportText("原标题", "原正文", null, null), reporter(), 501, status, SUBMITTED_AT, ReportReview.NONE, 1);
	}

	private static Reporter reporter() {
		return new Reporter(Reporter.MEMBER, 88L, 21, "/1/21/", "建言甲");
	}

	private static void refusedAt(ReportStatus status, java.util.function.Consumer<Report> step) {
		refused(() -> step.accept(report(status)), "status", "report.step.status");
	}

	private static void refused(ThrowingCallable step, String field, String code) {
		assertThatThrownBy(step).isInstanceOfSatisfying(Rejection.class, ex -> {
			assertThat(ex.problems().get(0).field()).isEqualTo(field);
			assertThat(ex.problems().get(0).code()).isEqualTo(code);
		});
	}

}
