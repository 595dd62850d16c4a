package org.tongxin.members.posts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.tongxin.shared.domain.Rejection;

/** Checks a typed session: every problem named with its field, all at once. */
final class BodySessionRules {

	static final int MAX_SESSION = 99;

	static final int MAX_SEATS = 5000;

	private BodySessionRules() {
	}

	/** The checked session (id and version 0), or a Rejection naming every bad field. */
	static BodySession check(BodySessionDraft draft) {
		List<Rejection.FieldProblem> problems = new ArrayList<>();
		PostKind kind = kind(draft.kind(), problems);
		PostLevel level = level(draft.level(), problems);
		int session = number(draft.sessionNumber(), "sessionNumber", "post.session.required", "post.session.invalid", MAX_SESSION,
				problems);
		LocalDate started = date(draft.startedOn(), "startedOn", true, problems);
		LocalDate ended = date(draft.endedOn(), "endedOn", false, problems);
		int seats = number(draft.totalSeats(), "totalSeats", "bodySession.seats.required", "bodySession.seats.invalid",
				MAX_SEATS, problems);
		if (started != null && ended != null && ended.isBefore(started)) {
			problems.add(new Rejection.FieldProblem("endedOn", "bodySession.endedOn.beforeStart"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new BodySession(0, kind.name(), level.name(), session, started, ended, seats, 0);
	}

	private static PostKind kind(String text, List<Rejection.FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Rejection.FieldProblem("kind", "post.kind.required"));
			return null;
		}
		for (PostKind kind : PostKind.values()) {
			if (kind.bySession() && kind.name().equals(text.strip())) {
				return kind;
			}
		}
		problems.add(new Rejection.FieldProblem("kind", "post.kind.unknown", shown(text)));
		return null;
	}

	private static PostLevel level(String text, List<Rejection.FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Rejection.FieldProblem("level", "post.level.required"));
			return null;
		}
		for (PostLevel level : PostLevel.values()) {
			if (level.name().equals(text.strip())) {
				return level;
			}
		}
		problems.add(new Rejection.FieldProblem("level", "post.level.unknown", shown(text)));
		return null;
	}

	private static int number(String text, String field, String required, String invalid, int max,
			List<Rejection.FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Rejection.FieldProblem(field, required));
			return 0;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= 1 && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// named below with the range
		}
		problems.add(new Rejection.FieldProblem(field, invalid, String.valueOf(max)));
		return 0;
	}

	private static LocalDate date(String text, String field, boolean required, List<Rejection.FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(new Rejection.FieldProblem(field, "bodySession.date.required"));
			}
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() >= 1949 && date.getYear() <= 2100) {
				return date;
			}
		}
		catch (DateTimeParseException notADate) {
			// named below
		}
		problems.add(new Rejection.FieldProblem(field, "bodySession.date.invalid", shown(text)));
		return null;
	}

	private static String shown(String text) {
		String stripped = text.strip();
		return stripped.length() > 20 ? stripped.substring(0, 20) + "…" : stripped;
	}

}
