package org.tongxin.members.posts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * Checks a post or a session end and reports every bad field at once (a form shows them all),
 * without Spring. A seat in a congress or conference needs its level and session; an association
 * post needs its organisation; a post ends on or after the day it started.
 */
public final class PostRules {

	static final int SESSION_MAX = 99;

	private PostRules() {
	}

	public static PostValues check(PostDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		PostKind kind = kind(d.kind(), problems);
		PostLevel level = level(d.level(), kind != null && kind.bySession(), problems);
		Integer session = session(d.sessionNumber(), kind != null && kind.bySession(), problems);
		String organisation = limited("organisation", d.organisation(), 200, problems);
		if (kind == PostKind.ASSOCIATION_POST && organisation == null) {
			problems.add(new FieldProblem("organisation", "post.organisation.required"));
		}
		String position = limited("position", d.position(), 100, problems);
		if (position == null) {
			problems.add(new FieldProblem("position", "post.position.required"));
		}
		String sector = limited("sector", d.sector(), 100, problems);
		LocalDate startedOn = date("startedOn", d.startedOn(), true, problems);
		LocalDate endedOn = date("endedOn", d.endedOn(), false, problems);
		checkEnd(startedOn, endedOn, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		// the body of an NPC or CPPCC seat is its level's: a stray organisation would only contradict it
		boolean bySession = kind.bySession();
		return new PostValues(kind, bySession ? level : null, bySession ? session : null, bySession ? null : organisation,
				sector, position, startedOn, endedOn);
	}

	/** The end of one post: a date, not before the post started. */
	static LocalDate end(LocalDate startedOn, String endedOn) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate end = date("endedOn", endedOn, true, problems);
		checkEnd(startedOn, end, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return end;
	}

	static SessionEnd sessionEnd(SessionEndRequest r) {
		List<FieldProblem> problems = new ArrayList<>();
		PostKind kind = kind(r.kind(), problems);
		if (kind != null && !kind.bySession()) {
			problems.add(new FieldProblem("kind", "post.session.kindWithoutSession"));
		}
		PostLevel level = level(r.level(), true, problems);
		Integer session = session(r.sessionNumber(), true, problems);
		LocalDate endedOn = date("endedOn", r.endedOn(), true, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new SessionEnd(kind, level, session, endedOn);
	}

	private static void checkEnd(LocalDate startedOn, LocalDate endedOn, List<FieldProblem> problems) {
		if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
			problems.add(new FieldProblem("endedOn", "post.endedOn.beforeStart", startedOn.toString()));
		}
	}

	private static PostKind kind(String value, List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			problems.add(new FieldProblem("kind", "post.kind.required"));
			return null;
		}
		try {
			return PostKind.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("kind", "post.kind.unknown", text));
			return null;
		}
	}

	private static PostLevel level(String value, boolean required, List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem("level", "post.level.required"));
			}
			return null;
		}
		try {
			return PostLevel.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("level", "post.level.unknown", text));
			return null;
		}
	}

	private static Integer session(String value, boolean required, List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem("sessionNumber", "post.session.required"));
			}
			return null;
		}
		try {
			int n = Integer.parseInt(text);
			if (n >= 1 && n <= SESSION_MAX) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like an out-of-range number
		}
		problems.add(new FieldProblem("sessionNumber", "post.session.invalid", SESSION_MAX));
		return null;
	}

	private static LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
		String text = text(value);
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem(field, "post.date.required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "post.date.invalid", text));
			return null;
		}
	}

	private static String limited(String field, String value, int max, List<FieldProblem> problems) {
		String text = text(value);
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "post.field.tooLong", max));
		}
		return text;
	}

	private static String text(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
