package org.tongxin.members.talent;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.web.FieldProblems;

/**
 * Checks the talent pool's input and reports every bad field at once (a form shows them all),
 * without Spring: tag codes and names, plan dates (end not before start), steps due within their
 * plan, done dates not before the plan started nor in the future, project years.
 */
public final class TalentRules {

	static final Pattern TAG_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

	static final int YEAR_MIN = 2000;

	static final int YEAR_MAX = 2100;

	private TalentRules() {
	}

	static Values.Tag tag(Drafts.TagDraft d) {
		FieldProblems problems = new FieldProblems("talent");
		String code = FieldProblems.text(d.code());
		if (code == null) {
			problems.add("code", "talent.field.required");
		}
		else {
			code = code.toUpperCase(Locale.ROOT);
			if (!TAG_CODE.matcher(code).matches()) {
				problems.add("code", "talent.tag.code.invalid");
			}
		}
		String nameZh = problems.required("nameZh", d.nameZh(), 50);
		String nameEn = problems.required("nameEn", d.nameEn(), 100);
		problems.done();
		return new Values.Tag(code, nameZh, nameEn);
	}

	/** A tag code as typed in a path or filter: upper case, or a rejection naming {@code field}. */
	static String tagCode(String field, String value) {
		String code = FieldProblems.text(value);
		if (code == null || !TAG_CODE.matcher(code.toUpperCase(Locale.ROOT)).matches()) {
			throw new Rejection(field, "talent.tag.code.invalid");
		}
		return code.toUpperCase(Locale.ROOT);
	}

	static String note(String value) {
		FieldProblems problems = new FieldProblems("talent");
		String note = problems.limited("note", value, 500);
		problems.done();
		return note;
	}

	static Values.Plan plan(Drafts.PlanDraft d) {
		FieldProblems problems = new FieldProblems("talent");
		String title = problems.required("title", d.title(), 200);
		String goal = problems.limited("goal", d.goal(), 2000);
		LocalDate startsOn = problems.date("startsOn", d.startsOn());
		LocalDate endsOn = problems.date("endsOn", d.endsOn());
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			problems.add("endsOn", "talent.plan.endsBeforeStart");
		}
		PlanStatus status = status(d.status(), problems);
		problems.done();
		return new Values.Plan(title, goal, startsOn, endsOn, status);
	}

	/** A step of a plan running from {@code planStart} to {@code planEnd}: due within those days. */
	static Values.Step step(Drafts.StepDraft d, LocalDate planStart, LocalDate planEnd) {
		FieldProblems problems = new FieldProblems("talent");
		String title = problems.required("title", d.title(), 200);
		LocalDate dueOn = problems.date("dueOn", d.dueOn());
		if (dueOn != null && (dueOn.isBefore(planStart) || dueOn.isAfter(planEnd))) {
			problems.add("dueOn", "talent.step.dueOutside", planStart.toString(), planEnd.toString());
		}
		String note = problems.limited("note", d.note(), 1000);
		problems.done();
		return new Values.Step(title, dueOn, note);
	}

	/** The day a step was done: empty means today; not before the plan started, not in the future. */
	static LocalDate doneOn(String value, LocalDate planStart, LocalDate today) {
		FieldProblems problems = new FieldProblems("talent");
		LocalDate on = FieldProblems.text(value) == null ? today : problems.date("doneOn", value);
		if (on != null && on.isBefore(planStart)) {
			problems.add("doneOn", "talent.step.doneBeforeStart", planStart.toString());
		}
		if (on != null && on.isAfter(today)) {
			problems.add("doneOn", "talent.date.future");
		}
		problems.done();
		return on;
	}

	public static Values.Project project(Drafts.ProjectDraft d) {
		FieldProblems problems = new FieldProblems("talent");
		String name = problems.required("name", d.name(), 200);
		Integer year = null;
		String yearText = FieldProblems.text(d.year());
		if (yearText == null) {
			problems.add("year", "talent.field.required");
		}
		else {
			try {
				year = Integer.parseInt(yearText);
			}
			catch (NumberFormatException ex) {
				// answered below, like an out-of-range year
			}
			if (year == null || year < YEAR_MIN || year > YEAR_MAX) {
				problems.add("year", "talent.project.year.invalid", String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
			}
		}
		String description = problems.limited("description", d.description(), 2000);
		problems.done();
		return new Values.Project(name, year, description);
	}

	/** An enrolment: empty date means today, and not in the future. */
	public static Values.Enrolment enrolment(Drafts.EnrolmentDraft d, LocalDate today) {
		FieldProblems problems = new FieldProblems("talent");
		LocalDate on = d == null || FieldProblems.text(d.enrolledOn()) == null ? today : problems.date("enrolledOn", d.enrolledOn());
		if (on != null && on.isAfter(today)) {
			problems.add("enrolledOn", "talent.date.future");
		}
		String remark = problems.limited("remark", d == null ? null : d.remark(), 500);
		problems.done();
		return new Values.Enrolment(on, remark);
	}

	private static PlanStatus status(String value, FieldProblems problems) {
		String text = FieldProblems.text(value);
		if (text == null) {
			return PlanStatus.ACTIVE;
		}
		try {
			return PlanStatus.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add("status", "talent.plan.status.invalid");
			return null;
		}
	}

}
