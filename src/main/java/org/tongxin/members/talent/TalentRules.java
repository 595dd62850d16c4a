package org.tongxin.members.talent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.tongxin.shared.web.Rejection;
import org.tongxin.shared.web.Rejection.FieldProblem;

/**
 * Checks the talent pool's input and reports every bad field at once (a form shows them all),
 * without Spring: tag codes and names, plan dates (end not before start), steps due within their
 * plan, done dates not before the plan started nor in the future, project years.
 */
final class TalentRules {

	static final Pattern TAG_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

	static final int YEAR_MIN = 2000;

	static final int YEAR_MAX = 2100;

	private TalentRules() {
	}

	static Values.Tag tag(Drafts.TagDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = text(d.code());
		if (code == null) {
			problems.add(new FieldProblem("code", "talent.field.required"));
		}
		else {
			code = code.toUpperCase(Locale.ROOT);
			if (!TAG_CODE.matcher(code).matches()) {
				problems.add(new FieldProblem("code", "talent.tag.code.invalid"));
			}
		}
		String nameZh = required("nameZh", d.nameZh(), 50, problems);
		String nameEn = required("nameEn", d.nameEn(), 100, problems);
		done(problems);
		return new Values.Tag(code, nameZh, nameEn);
	}

	/** A tag code as typed in a path or filter: upper case, or a rejection naming {@code field}. */
	static String tagCode(String field, String value) {
		String code = text(value);
		if (code == null || !TAG_CODE.matcher(code.toUpperCase(Locale.ROOT)).matches()) {
			throw new Rejection(field, "talent.tag.code.invalid");
		}
		return code.toUpperCase(Locale.ROOT);
	}

	static String note(String value) {
		List<FieldProblem> problems = new ArrayList<>();
		String note = limited("note", value, 500, problems);
		done(problems);
		return note;
	}

	static Values.Plan plan(Drafts.PlanDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = required("title", d.title(), 200, problems);
		String goal = limited("goal", d.goal(), 2000, problems);
		LocalDate startsOn = date("startsOn", d.startsOn(), problems);
		LocalDate endsOn = date("endsOn", d.endsOn(), problems);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			problems.add(new FieldProblem("endsOn", "talent.plan.endsBeforeStart"));
		}
		PlanStatus status = status(d.status(), problems);
		done(problems);
		return new Values.Plan(title, goal, startsOn, endsOn, status);
	}

	/** A step of a plan running from {@code planStart} to {@code planEnd}: due within those days. */
	static Values.Step step(Drafts.StepDraft d, LocalDate planStart, LocalDate planEnd) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = required("title", d.title(), 200, problems);
		LocalDate dueOn = date("dueOn", d.dueOn(), problems);
		if (dueOn != null && (dueOn.isBefore(planStart) || dueOn.isAfter(planEnd))) {
			problems.add(new FieldProblem("dueOn", "talent.step.dueOutside", planStart.toString(), planEnd.toString()));
		}
		String note = limited("note", d.note(), 1000, problems);
		done(problems);
		return new Values.Step(title, dueOn, note);
	}

	/** The day a step was done: empty means today; not before the plan started, not in the future. */
	static LocalDate doneOn(String value, LocalDate planStart, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate on = text(value) == null ? today : date("doneOn", value, problems);
		if (on != null && on.isBefore(planStart)) {
			problems.add(new FieldProblem("doneOn", "talent.step.doneBeforeStart", planStart.toString()));
		}
		if (on != null && on.isAfter(today)) {
			problems.add(new FieldProblem("doneOn", "talent.date.future"));
		}
		done(problems);
		return on;
	}

	static Values.Project project(Drafts.ProjectDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = required("name", d.name(), 200, problems);
		Integer year = null;
		String yearText = text(d.year());
		if (yearText == null) {
			problems.add(new FieldProblem("year", "talent.field.required"));
		}
		else {
			try {
				year = Integer.parseInt(yearText);
			}
			catch (NumberFormatException ex) {
				// answered below, like an out-of-range year
			}
			if (year == null || year < YEAR_MIN || year > YEAR_MAX) {
				problems.add(new FieldProblem("year", "talent.project.year.invalid", String.valueOf(YEAR_MIN),
						String.valueOf(YEAR_MAX)));
			}
		}
		String description = limited("description", d.description(), 2000, problems);
		done(problems);
		return new Values.Project(name, year, description);
	}

	/** An enrolment: empty date means today, and not in the future. */
	static Values.Enrolment enrolment(Drafts.EnrolmentDraft d, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate on = d == null || text(d.enrolledOn()) == null ? today : date("enrolledOn", d.enrolledOn(), problems);
		if (on != null && on.isAfter(today)) {
			problems.add(new FieldProblem("enrolledOn", "talent.date.future"));
		}
		String remark = limited("remark", d == null ? null : d.remark(), 500, problems);
		done(problems);
		return new Values.Enrolment(on, remark);
	}

	private static PlanStatus status(String value, List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			return PlanStatus.ACTIVE;
		}
		try {
			return PlanStatus.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("status", "talent.plan.status.invalid"));
			return null;
		}
	}

	private static LocalDate date(String field, String value, List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			problems.add(new FieldProblem(field, "talent.field.required"));
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "talent.date.invalid", text));
			return null;
		}
	}

	private static String required(String field, String value, int max, List<FieldProblem> problems) {
		String text = limited(field, value, max, problems);
		if (text == null) {
			problems.add(new FieldProblem(field, "talent.field.required"));
		}
		return text;
	}

	private static String limited(String field, String value, int max, List<FieldProblem> problems) {
		String text = text(value);
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "talent.field.tooLong", String.valueOf(max)));
		}
		return text;
	}

	private static void done(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	static String text(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
