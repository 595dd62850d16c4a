package org.tongxin.members.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection;

class TalentRulesTest {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final LocalDate END = LocalDate.of(2026, 12, 31);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private static String fields(Runnable check) {
		try {
			check.run();
		}
		catch (Rejection r) {
			return String.join(",", r.problems().stream().map(p -> p.field() + ":" + p.code()).toList());
		}
		return "";
	}

	@Test
	void aTagNeedsAnUpperCaseCodeAndBothNames() {
		assertThat(TalentRules.tag(new Drafts.TagDraft(" reserve_2 ", " 后备 ", "Reserve")).code()).isEqualTo("RESERVE_2");
		assertThat(fields(() -> TalentRules.tag(new Drafts.TagDraft("9X", "", null))))
			.isEqualTo("code:talent.tag.code.invalid,nameZh:talent.field.required,nameEn:talent.field.required");
		assertThat(fields(() -> TalentRules.tag(new Drafts.TagDraft("A-B", "名".repeat(51), "x"))))
			.isEqualTo("code:talent.tag.code.invalid,nameZh:talent.field.tooLong");
		assertThatThrownBy(() -> TalentRules.tagCode("code", "young cadre")).isInstanceOf(Rejection.class);
		assertThat(TalentRules.tagCode("code", "young_cadre")).isEqualTo("YOUNG_CADRE");
	}

	@Test
	void aPlanEndsOnOrAfterItsStartAndIsActiveByDefault() {
		Values.Plan plan = TalentRules.plan(new Drafts.PlanDraft("挂职", "", "2026-01-01", "2026-01-01", "", null));
		assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(plan.goal()).isNull();
		assertThat(fields(() -> TalentRules.plan(new Drafts.PlanDraft("挂职", null, "2026-02-01", "2026-01-31", "done", null))))
			.isEqualTo("endsOn:talent.plan.endsBeforeStart,status:talent.plan.status.invalid");
		assertThat(fields(() -> TalentRules.plan(new Drafts.PlanDraft(" ", null, "2026/01/01", "", null, null))))
			.isEqualTo("title:talent.field.required,startsOn:talent.date.invalid,endsOn:talent.field.required");
		assertThat(TalentRules.plan(new Drafts.PlanDraft("x", null, "2026-01-01", "2026-02-01", "completed", 0L)).status())
			.isEqualTo(PlanStatus.COMPLETED);
	}

	@Test
	void aStepIsDueWithinItsPlan() {
		assertThat(TalentRules.step(new Drafts.StepDraft("培训", "2026-01-01", null), START, END).dueOn()).isEqualTo(START);
		assertThat(TalentRules.step(new Drafts.StepDraft("培训", "2026-12-31", null), START, END).dueOn()).isEqualTo(END);
		assertThat(fields(() -> TalentRules.step(new Drafts.StepDraft("培训", "2025-12-31", null), START, END)))
			.isEqualTo("dueOn:talent.step.dueOutside");
		assertThat(fields(() -> TalentRules.step(new Drafts.StepDraft("", "2027-01-01", "x".repeat(1001)), START, END)))
			.isEqualTo("title:talent.field.required,dueOn:talent.step.dueOutside,note:talent.field.tooLong");
	}

	@Test
	void aStepIsDoneNotBeforeThePlanNorInTheFuture() {
		assertThat(TalentRules.doneOn("", START, TODAY)).isEqualTo(TODAY);
		assertThat(TalentRules.doneOn("2026-03-01", START, TODAY)).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(fields(() -> TalentRules.doneOn("2025-12-31", START, TODAY))).isEqualTo("doneOn:talent.step.doneBeforeStart");
		assertThat(fields(() -> TalentRules.doneOn("2026-11-30", START, TODAY))).isEqualTo("doneOn:talent.date.future");
		assertThat(fields(() -> TalentRules.doneOn("yesterday", START, TODAY))).isEqualTo("doneOn:talent.date.invalid");
	}

	@Test
	void aProjectHasANameAndAPlausibleYear() {
		Values.Project p = TalentRules.project(new Drafts.ProjectDraft(" 2026 年度党外精英培养项目 ", "2026", null));
		assertThat(p.name()).isEqualTo("2026 年度党外精英培养项目");
		assertThat(p.year()).isEqualTo(2026);
		assertThat(fields(() -> TalentRules.project(new Drafts.ProjectDraft("", "26", null))))
			.isEqualTo("name:talent.field.required,year:talent.project.year.invalid");
		assertThat(fields(() -> TalentRules.project(new Drafts.ProjectDraft("x", "二〇二六", null))))
			.isEqualTo("year:talent.project.year.invalid");
		assertThat(fields(() -> TalentRules.project(new Drafts.ProjectDraft("x", null, null)))).isEqualTo("year:talent.field.required");
	}

	@Test
	void anEnrolmentIsTodayByDefaultAndNeverInTheFuture() {
		assertThat(TalentRules.enrolment(null, TODAY).enrolledOn()).isEqualTo(TODAY);
		assertThat(TalentRules.enrolment(new Drafts.EnrolmentDraft("", " 组长 "), TODAY).remark()).isEqualTo("组长");
		assertThat(fields(() -> TalentRules.enrolment(new Drafts.EnrolmentDraft("2026-12-01", null), TODAY)))
			.isEqualTo("enrolledOn:talent.date.future");
	}

}
