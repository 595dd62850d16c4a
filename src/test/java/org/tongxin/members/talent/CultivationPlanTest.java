package org.tongxin.members.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection;

/**
 * A cultivation plan's rules, without Spring: a running plan is changed, takes steps due within its
 * dates, has them marked done and is completed or given up; a closed plan only runs again, and
 * every step it does not allow is refused naming its status.
 */
class CultivationPlanTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void theTableAllowsARunningPlanEverythingButReopeningAndAClosedPlanOnlyReopening() {
		assertThat(CultivationPlan.STEPS.at(PlanStatus.ACTIVE)).containsExactlyInAnyOrder(PlanAction.EDIT,
				PlanAction.ADD_STEP, PlanAction.MARK_DONE, PlanAction.COMPLETE, PlanAction.CANCEL);
		for (PlanStatus closed : EnumSet.of(PlanStatus.COMPLETED, PlanStatus.CANCELLED)) {
			assertThat(CultivationPlan.STEPS.at(closed)).as(closed.name()).containsExactly(PlanAction.REOPEN);
		}
	}

	@Test
	void aNewPlanRunsUnlessToldOtherwiseAndItsDatesAreChecked() {
		CultivationPlan plan = CultivationPlan.create(7, draft("挂职锻炼", "2026-01-01", "2026-12-31", null));
		assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(plan.personId()).isEqualTo(7);
		assertThat(plan.steps()).isEmpty();
		assertThat(CultivationPlan.create(7, draft("往年计划", "2025-01-01", "2025-12-31", "completed")).status())
			.isEqualTo(PlanStatus.COMPLETED);
		refused(() -> CultivationPlan.create(7, draft("挂职", "2026-03-01", "2026-02-28", null)), "endsOn",
				"talent.plan.endsBeforeStart");
		refused(() -> CultivationPlan.create(7, draft(" ", "2026-01-01", "2026-12-31", "DONE")), "title",
				"talent.field.required");
	}

	@Test
	void aRunningPlanTakesStepsAtItsEndDueWithinItsDates() {
		CultivationPlan plan = running().withStep(new Drafts.StepDraft("挂职锻炼", "2026-09-30", "到区发改局"));
		PlanStep added = plan.lastStep();
		assertThat(added.position()).isEqualTo(3);
		assertThat(added.dueOn()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(added.note()).isEqualTo("到区发改局");
		assertThat(added.done()).isFalse();
		refused(() -> running().withStep(new Drafts.StepDraft("挂职锻炼", "2027-01-01", null)), "dueOn",
				"talent.step.dueOutside");
	}

	@Test
	void aClosedPlanTakesNoSteps() {
		refused(() -> running().closed(PlanStatus.COMPLETED).withStep(new Drafts.StepDraft("再培训", "2026-11-30", null)),
				"status", "talent.plan.state.add_step");
		refused(() -> running().closed(PlanStatus.CANCELLED).withStep(new Drafts.StepDraft("再培训", "2026-11-30", null)),
				"status", "talent.plan.state.add_step");
	}

	@Test
	void anOpenStepOfARunningPlanIsDoneOnADayNotBeforeThePlanNorInTheFuture() {
		assertThat(running().stepDone(2, "2026-06-01", TODAY).step(2).doneOn()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(running().stepDone(2, "", TODAY).step(2).doneOn()).as("empty: today").isEqualTo(TODAY);
		refused(() -> running().stepDone(1, "2026-06-01", TODAY), "doneOn", "talent.step.doneAlready");
		refused(() -> running().stepDone(2, "2025-12-31", TODAY), "doneOn", "talent.step.doneBeforeStart");
		refused(() -> running().stepDone(2, "2026-06-16", TODAY), "doneOn", "talent.date.future");
		refused(() -> running().stepDone(2, "明天", TODAY), "doneOn", "talent.date.invalid");
		assertThatThrownBy(() -> running().stepDone(99, "", TODAY)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aClosedPlansStepsAreNotMarkedDone() {
		refused(() -> running().closed(PlanStatus.COMPLETED).stepDone(2, "", TODAY), "status",
				"talent.plan.state.mark_done");
		refused(() -> running().closed(PlanStatus.CANCELLED).stepDone(2, "", TODAY), "status",
				"talent.plan.state.mark_done");
	}

	@Test
	void aRunningPlanIsChangedWhileItsDatesHoldEveryStep() {
		CultivationPlan changed = running().changed(change("新名称", null, null, "2026-11-30", null));
		assertThat(changed.title()).isEqualTo("新名称");
		assertThat(changed.endsOn()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(changed.goal()).as("absent: kept").isEqualTo("熟悉经济工作");
		assertThat(changed.status()).isEqualTo(PlanStatus.ACTIVE);
		refused(() -> running().changed(change(null, null, "2026-04-01", null, null)), "startsOn",
				"talent.plan.stepOutside");
		refused(() -> running().changed(change(null, null, null, "2026-06-30", null)), "endsOn", "talent.plan.stepOutside");
		refused(() -> running().changed(change(null, null, null, null, "PAUSED")), "status", "talent.plan.status.invalid");
	}

	@Test
	void aRunningPlanIsCompletedOrGivenUpWithItsOpenStepsAndChangedFirst() {
		CultivationPlan completed = running().changed(change(null, "目标已达成", null, null, "COMPLETED"));
		assertThat(completed.status()).isEqualTo(PlanStatus.COMPLETED);
		assertThat(completed.goal()).isEqualTo("目标已达成");
		assertThat(completed.step(2).done()).isFalse();
		assertThat(running().changed(change(null, null, null, null, "CANCELLED")).status()).isEqualTo(PlanStatus.CANCELLED);
		assertThatThrownBy(() -> running().closed(PlanStatus.ACTIVE)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aClosedPlanRunsAgainAndMayThenBeChangedButIsNotChangedAsItIs() {
		CultivationPlan completed = running().closed(PlanStatus.COMPLETED);
		CultivationPlan reopened = completed.changed(change("延长计划", null, null, "2027-06-30", "ACTIVE"));
		assertThat(reopened.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(reopened.endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(completed.changed(change(null, null, null, null, "COMPLETED"))).as("nothing changed").isEqualTo(completed);
		refused(() -> completed.changed(change("改个名", null, null, null, null)), "status", "talent.plan.state.edit");
		refused(() -> completed.changed(change(null, null, null, null, "CANCELLED")), "status", "talent.plan.state.cancel");
		refused(() -> running().closed(PlanStatus.CANCELLED).changed(change(null, null, null, null, "COMPLETED")),
				"status", "talent.plan.state.complete");
		refused(() -> running().reopened(), "status", "talent.plan.state.reopen");
	}

	@Test
	void aRefusalNamesTheStatusInTheCallersLanguage() {
		Rejection refusal = org.junit.jupiter.api.Assertions.assertThrows(Rejection.class,
				() -> running().closed(PlanStatus.COMPLETED).withStep(new Drafts.StepDraft("再培训", "2026-11-30", null)));
		Object status = refusal.problems().get(0).args()[0];
		assertThat(status).isInstanceOf(org.springframework.context.MessageSourceResolvable.class);
		assertThat(((org.springframework.context.MessageSourceResolvable) status).getCodes())
			.containsExactly("talent.plan.status.COMPLETED");
	}

	/** A running plan of 2026 with a step done and an open one. */
	private static CultivationPlan running() {
		return new CultivationPlan(5, 7, "挂职锻炼培养计划", "熟悉经济工作", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), PlanStatus.ACTIVE, 3, List.of(
						new PlanStep(1, 1, "参加培训班", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 20), null),
						new PlanStep(2, 2, "到区发改局挂职", LocalDate.of(2026, 10, 31), null, null)));
	}

	private static Drafts.PlanDraft draft(String title, String startsOn, String endsOn, String status) {
		return new Drafts.PlanDraft(title, null, startsOn, endsOn, status, null);
	}

	private static Drafts.PlanDraft change(String title, String goal, String startsOn, String endsOn, String status) {
		return new Drafts.PlanDraft(title, goal, startsOn, endsOn, status, 3L);
	}

	private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String field, String code) {
		assertThatThrownBy(step).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.problems())
			.anySatisfy(p -> {
				assertThat(p.field()).isEqualTo(field);
				assertThat(p.code()).isEqualTo(code);
			}));
	}

}
