package org.tongxin.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.tongxin.shared.domain.Rejection;

/**
 * Collects what is wrong with a form's fields, so that all its problems are named at once, then
 * {@link #done()} refuses the request with every one of them. Message codes are the module's own:
 * {@code <prefix>.field.required}, {@code <prefix>.field.tooLong} (argument: the limit) and
 * {@code <prefix>.date.invalid} (argument: the text).
 */
public final class FieldProblems {

	private final String prefix;

	private final List<Rejection.FieldProblem> problems = new ArrayList<>();

	public FieldProblems(String prefix) {
		this.prefix = prefix;
	}

	public void add(String field, String code, Object... args) {
		problems.add(new Rejection.FieldProblem(field, code, args));
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** The trimmed text, or null when empty; too long is a problem. */
	public String limited(String field, String value, int max) {
		String text = text(value);
		if (text != null && text.length() > max) {
			add(field, prefix + ".field.tooLong", String.valueOf(max));
		}
		return text;
	}

	/** As {@link #limited}, and empty is a problem too. */
	public String required(String field, String value, int max) {
		String text = limited(field, value, max);
		if (text == null) {
			add(field, prefix + ".field.required");
		}
		return text;
	}

	/** An ISO date (2026-01-31), required; null when missing or unreadable (and a problem recorded). */
	public LocalDate date(String field, String value) {
		String text = text(value);
		if (text == null) {
			add(field, prefix + ".field.required");
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			add(field, prefix + ".date.invalid", text);
			return null;
		}
	}

	/**
	 * Runs a check that refuses by throwing, keeping its problems with the others instead: its value,
	 * or null when it refused.
	 */
	public <T> T collect(java.util.function.Supplier<T> check) {
		try {
			return check.get();
		}
		catch (Rejection refused) {
			problems.addAll(refused.problems());
			return null;
		}
	}

	/** As {@link #collect}, for a check that only refuses. */
	public void check(Runnable check) {
		collect(() -> {
			check.run();
			return null;
		});
	}

	/** Refuses the request with every problem found, if any. */
	public void done() {
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	/** The value without surrounding blanks, or null when nothing is left. */
	public static String text(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
