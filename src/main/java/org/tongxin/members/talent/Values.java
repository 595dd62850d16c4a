package org.tongxin.members.talent;

import java.time.LocalDate;

/** Drafts that passed {@link TalentRules}: parsed, trimmed, within their limits. */
final class Values {

	private Values() {
	}

	record Tag(String code, String nameZh, String nameEn) {
	}

	record Plan(String title, String goal, LocalDate startsOn, LocalDate endsOn, PlanStatus status) {
	}

	record Step(String title, LocalDate dueOn, String note) {
	}

	record Project(String name, int year, String description) {
	}

	record Enrolment(LocalDate enrolledOn, String remark) {
	}

}
