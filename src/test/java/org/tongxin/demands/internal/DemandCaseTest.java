package org.tongxin.demands.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.tongxin.demands.Channel;
import org.tongxin.demands.DemandStatus;
import org.tongxin.demands.Rating;
import org.tongxin.shared.domain.Rejection;

/**
 * A demand case's rules, without Spring: every step is taken from each status that allows it and
 * refused, naming the status, from every status that does not; and each step's own rules (texts
 * required, amounts, the same handlers, the rating's comment) refuse naming their field.
 */
class DemandCaseTest {

	private static final Instant AT = Instant.parse("2026-06-15T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static final LocalDate ACCEPT_DUE = LocalDate.of(2026, 6, 17);

	private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

	private static final long TOWN = 20;

	private static final long OFFICE = 30;

	private static final long LEAD = 7;

	/** One way to try each step, with valid input, from any status. */
	private static final Map<CaseStep, Function<DemandCase, Object>> STEP = Map.of(
			CaseStep.ACCEPT, c -> c.accepted(AT, TODAY, TOWN, "/1/20/", LEAD, DUE),
			CaseStep.DECLINE, c -> c.declined(AT, "不属于受理范围"),
			CaseStep.TRANSFER, c -> c.transferred(OFFICE, "/1/30/", 8, "属于区人社局职责"),
			CaseStep.PROGRESS, c -> c.progressNoted("已电话联系"),
			CaseStep.ANSWER, c -> c.answered(AT, TODAY, "已办理", null, false),
			CaseStep.RATE, c -> c.rated(AT, "SATISFIED", null, DUE),
			CaseStep.SUPERVISE, c -> c.supervised("请尽快办理"),
			CaseStep.ATTACH, c -> c.attached(1));

	@Test
	void theTableAllowsEachOpenStatusItsStepsAndAFinalStatusNone() {
		assertThat(DemandCase.STEPS.at(DemandStatus.SUBMITTED)).containsExactlyInAnyOrder(CaseStep.ACCEPT,
				CaseStep.DECLINE, CaseStep.SUPERVISE, CaseStep.ATTACH);
		assertThat(DemandCase.STEPS.at(DemandStatus.HANDLING)).containsExactlyInAnyOrder(CaseStep.TRANSFER,
				CaseStep.PROGRESS, CaseStep.ANSWER, CaseStep.SUPERVISE, CaseStep.ATTACH);
		assertThat(DemandCase.STEPS.at(DemandStatus.ANSWERED)).containsExactlyInAnyOrder(CaseStep.RATE,
				CaseStep.SUPERVISE, CaseStep.ATTACH);
		assertThat(DemandCase.STEPS.at(DemandStatus.DECLINED)).isEmpty();
		assertThat(DemandCase.STEPS.at(DemandStatus.CLOSED)).isEmpty();
	}

	@Test
	void everyStepIsTakenFromEachStatusThatAllowsItAndRefusedFromEveryOther() {
		for (DemandStatus status : DemandStatus.values()) {
			DemandCase c = at(status);
			for (CaseStep step : CaseStep.values()) {
				if (DemandCase.STEPS.allows(status, step)) {
					assertThat(STEP.get(step).apply(c)).as(step + " at " + status).isNotNull();
				}
				else {
					refused(() -> STEP.get(step).apply(c), "status", "demand.state." + step.name().toLowerCase());
				}
			}
		}
	}

	@Test
	void aRefusalNamesTheStatusInTheCallersLanguage() {
		Rejection refusal = org.junit.jupiter.api.Assertions.assertThrows(Rejection.class,
				() -> at(DemandStatus.CLOSED).supervised("督办"));
		Object status = refusal.problems().get(0).args()[0];
		assertThat(status).isInstanceOf(MessageSourceResolvable.class);
		assertThat(((MessageSourceResolvable) status).getCodes()).containsExactly("demand.status.CLOSED");
	}

	@Test
	void aNewCaseWaitsToBeAcceptedInItsFirstRound() {
		DemandCase c = submitted();
		assertThat(c.status()).isEqualTo(DemandStatus.SUBMITTED);
		assertThat(c.round()).isEqualTo(1);
		assertThat(c.openDeadline()).isEqualTo(ACCEPT_DUE);
		assertThat(c.handling()).isEqualTo(Handling.NONE);
		assertThat(c.answer()).isEqualTo(CaseAnswer.NONE);
	}

	@Test
	void acceptingSendsTheCaseToAUnitAndLeadWithAnAnswerDeadlineAndEndsAnEscalation() {
		DemandCase c = escalated(submitted()).accepted(AT, TODAY, TOWN, "/1/20/", LEAD, DUE);
		assertThat(c.status()).isEqualTo(DemandStatus.HANDLING);
		assertThat(c.handling()).isEqualTo(new Handling(TOWN, "/1/20/", LEAD, AT));
		assertThat(c.openDeadline()).isEqualTo(DUE);
		assertThat(c.escalation()).isEqualTo(new Escalation(null, null, null, false));
		assertThat(c.deadlines().everLate()).as("late stays late").isTrue();
		assertThat(submitted().accepted(AT, ACCEPT_DUE, TOWN, "/1/20/", LEAD, DUE).deadlines().everLate())
			.as("accepted on its last day")
			.isFalse();
		assertThat(submitted().accepted(AT, ACCEPT_DUE.plusDays(1), TOWN, "/1/20/", LEAD, DUE).deadlines().everLate())
			.as("accepted after its deadline")
			.isTrue();
	}

	@Test
	void decliningClosesTheCaseForAReasonThatIsRequired() {
		DemandCase.Noted d = submitted().declined(AT, "  不属于受理范围 ");
		assertThat(d.next().status()).isEqualTo(DemandStatus.DECLINED);
		assertThat(d.next().closedAt()).isEqualTo(AT);
		assertThat(d.note()).isEqualTo("不属于受理范围");
		refused(() -> submitted().declined(AT, " "), "reason", "demand.reason.required");
		refused(() -> submitted().declined(AT, "<b>不</b>"), "reason", "demand.text.markup");
	}

	@Test
	void transferringChangesTheHandlersButNotTheDeadlineAndNeedsAReasonAndNewHandlers() {
		DemandCase handling = at(DemandStatus.HANDLING);
		DemandCase.Noted t = handling.transferred(OFFICE, "/1/30/", 8, "属于区人社局职责");
		assertThat(t.next().handling()).isEqualTo(new Handling(OFFICE, "/1/30/", 8L, AT));
		assertThat(t.next().status()).isEqualTo(DemandStatus.HANDLING);
		assertThat(t.next().openDeadline()).isEqualTo(DUE);
		assertThat(t.note()).isEqualTo("属于区人社局职责");
		assertThat(handling.transferred(TOWN, "/1/20/", 8, "换主办人").next().handling().leadUserId()).isEqualTo(8L);
		refused(() -> handling.transferred(TOWN, "/1/20/", LEAD, "原样"), "unitCode", "demand.transfer.same");
		refused(() -> handling.transferred(OFFICE, "/1/30/", 8, ""), "reason", "demand.reason.required");
	}

	@Test
	void aProgressNoteLeavesTheCaseAsItIsAndIsRequired() {
		DemandCase handling = at(DemandStatus.HANDLING);
		DemandCase.Noted p = handling.progressNoted("已电话联系当事人");
		assertThat(p.next()).isSameAs(handling);
		assertThat(p.note()).isEqualTo("已电话联系当事人");
		refused(() -> handling.progressNoted(null), "note", "demand.note.required");
	}

	@Test
	void answeringNeedsATextAndAnAmountOnlyWhereTheCategoryHasOne() {
		DemandCase handling = at(DemandStatus.HANDLING);
		DemandCase a = handling.answered(AT, TODAY, " 已协调解决 ", new BigDecimal("500000.00"), true);
		assertThat(a.status()).isEqualTo(DemandStatus.ANSWERED);
		assertThat(a.answer().text()).isEqualTo("已协调解决");
		assertThat(a.answer().answeredAt()).isEqualTo(AT);
		assertThat(a.answer().amount()).isEqualByComparingTo("500000");
		assertThat(a.deadlines().everLate()).isFalse();
		refused(() -> handling.answered(AT, TODAY, " ", null, false), "answer", "demand.answer.required");
		refused(() -> handling.answered(AT, TODAY, "已办", BigDecimal.TEN, false), "amount",
				"demand.amount.notApplicable");
		for (String bad : new String[] { "-1", "1.005", "1234567890123" }) {
			refused(() -> handling.answered(AT, TODAY, "已办", new BigDecimal(bad), true), "amount",
					"demand.amount.invalid");
		}
	}

	@Test
	void anAnswerAfterTheDeadlineMarksTheCaseLateAndWithoutAnAmountKeepsTheLastOne() {
		DemandCase first = at(DemandStatus.HANDLING).answered(AT, TODAY, "已办", new BigDecimal("100.50"), true);
		DemandCase reopened = first.rated(AT, "DISSATISFIED", "没解决", DUE);
		DemandCase second = reopened.answered(AT, DUE.plusDays(1), "再次办理", null, true);
		assertThat(second.answer().amount()).isEqualByComparingTo("100.50");
		assertThat(second.deadlines().everLate()).isTrue();
	}

	@Test
	void satisfiedOrBasicClosesTheCase() {
		for (Rating closing : EnumSet.of(Rating.SATISFIED, Rating.BASIC)) {
			DemandCase c = at(DemandStatus.ANSWERED).rated(AT, closing.name(), null, DUE.plusDays(10));
			assertThat(c.status()).isEqualTo(DemandStatus.CLOSED);
			assertThat(c.closedAt()).isEqualTo(AT);
			assertThat(c.round()).isEqualTo(1);
			assertThat(c.answer().rating()).isEqualTo(closing);
			assertThat(c.answer().reopenedCount()).isZero();
		}
	}

	@Test
	void dissatisfiedReopensTheCaseForAnotherRoundWithTheSameHandlersAndANewDeadline() {
		LocalDate newDue = DUE.plusDays(10);
		DemandCase c = at(DemandStatus.ANSWERED).rated(AT, "DISSATISFIED", " 问题没有解决 ", newDue);
		assertThat(c.status()).isEqualTo(DemandStatus.HANDLING);
		assertThat(c.round()).isEqualTo(2);
		assertThat(c.openDeadline()).isEqualTo(newDue);
		assertThat(c.handling().leadUserId()).isEqualTo(LEAD);
		assertThat(c.answer().rating()).isEqualTo(Rating.DISSATISFIED);
		assertThat(c.answer().ratingComment()).isEqualTo("问题没有解决");
		assertThat(c.answer().reopenedCount()).isEqualTo(1);
		assertThat(c.closedAt()).isNull();
	}

	@Test
	void aRatingIsNamedAndDissatisfiedNeedsAComment() {
		DemandCase answered = at(DemandStatus.ANSWERED);
		refused(() -> answered.rated(AT, "DISSATISFIED", " ", DUE), "comment", "demand.comment.required");
		refused(() -> answered.rated(AT, "", null, DUE), "rating", "demand.rating.required");
		refused(() -> answered.rated(AT, "GOOD", null, DUE), "rating", "demand.rating.unknown");
	}

	@Test
	void supervisionFlagsAnOpenCaseForANoteThatIsRequired() {
		for (DemandStatus open : EnumSet.of(DemandStatus.SUBMITTED, DemandStatus.HANDLING, DemandStatus.ANSWERED)) {
			DemandCase.Noted s = at(open).supervised("请加快办理");
			assertThat(s.next().escalation().supervised()).as(open.name()).isTrue();
			assertThat(s.next().status()).isEqualTo(open);
			assertThat(s.note()).isEqualTo("请加快办理");
		}
		refused(() -> submitted().supervised(""), "note", "demand.note.required");
	}

	@Test
	void filesGoOnAnOpenCaseOneAtLeast() {
		DemandCase handling = at(DemandStatus.HANDLING);
		assertThat(handling.attached(2)).isSameAs(handling);
		refused(() -> handling.attached(0), "files", "demand.files.required");
	}

	/** A case brought to the status through the steps themselves. */
	static DemandCase at(DemandStatus status) {
		DemandCase submitted = submitted();
		DemandCase handling = submitted.accepted(AT, TODAY, TOWN, "/1/20/", LEAD, DUE);
		DemandCase answered = handling.answered(AT, TODAY, "已办理", null, false);
		return switch (status) {
			case SUBMITTED -> submitted;
			case DECLINED -> submitted.declined(AT, "不属于受理范围").next();
			case HANDLING -> handling;
			case ANSWERED -> answered;
			case CLOSED -> answered.rated(AT, "SATISFIED", null, DUE);
		};
	}

	private static DemandCase submitted() {
		return DemandCase.submitted(11, "SQ20260000011",
				new CaseRequest(3, "路灯坏了", "小区门口路灯不亮", Channel.SELF, AT.minusSeconds(3600)),
				new CaseOrigin(5L, null, 9L, 9, 40, "/1/20/40/"), ACCEPT_DUE);
	}

	/** As the sweep leaves a late step: escalated to the superior unit, marked late. */
	private static DemandCase escalated(DemandCase c) {
		return new DemandCase(c.id(), c.caseNo(), c.request(), c.origin(), c.status(), c.round(), c.handling(),
				new Deadlines(c.deadlines().acceptDue(), c.deadlines().dueDate(), true), c.answer(),
				new Escalation("SUBMITTED#1", TOWN, "/1/20/", false), c.closedAt(), c.version());
	}

	private static void refused(ThrowingCallable step, String field, String code) {
		assertThatThrownBy(step).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.problems())
			.anySatisfy(p -> {
				assertThat(p.field()).isEqualTo(field);
				assertThat(p.code()).isEqualTo(code);
			}));
	}

}
