package org.tongxin.proposals.decisions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.tongxin.org.UnitPicker;
import org.tongxin.proposals.SourceKind;
import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * What a decision, a result and an update must hold. Every problem of a form is collected, so the
 * form names them all at once. Free text follows {@link PlainText} (length, no markup), as in
 * demands and proposals.
 */
final class DecisionRules {

	private DecisionRules() {
	}

	static DecisionValues decision(DecisionDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		Issuer issuer = null;
		if (blank(d.issuer())) {
			problems.add(new FieldProblem("issuer", "decision.issuer.required"));
		}
		else {
			try {
				issuer = Issuer.valueOf(d.issuer().strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("issuer", "decision.issuer.invalid"));
			}
		}
		String reference = text(problems, "reference", d.reference(), 100, true);
		String title = text(problems, "title", d.title(), 200, true);
		LocalDate decidedOn = date(problems, "decidedOn", d.decidedOn(), true);
		String summary = text(problems, "summary", d.summary(), 4000, false);
		done(problems);
		return new DecisionValues(issuer, reference, title, decidedOn, summary);
	}

	static ResultValues result(ResultDraft r) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = text(problems, "title", r.title(), 200, true);
		String description = text(problems, "description", r.description(), 4000, false);
		String unit = text(problems, "ownerUnitCode", r.ownerUnitCode(), UnitPicker.MAX_TEXT, true);
		String ownerName = text(problems, "ownerName", r.ownerName(), 100, false);
		LocalDate startsOn = date(problems, "startsOn", r.startsOn(), false);
		LocalDate dueOn = date(problems, "dueOn", r.dueOn(), false);
		if (startsOn != null && dueOn != null && dueOn.isBefore(startsOn)) {
			problems.add(new FieldProblem("dueOn", "decision.result.dueBeforeStart", dueOn.toString(), startsOn.toString()));
		}
		done(problems);
		return new ResultValues(title, description, unit, ownerName, startsOn, dueOn);
	}

	/** The progress reached (0–100) and the note, both required. */
	static int progress(UpdateDraft u) {
		List<FieldProblem> problems = new ArrayList<>();
		Integer progress = null;
		if (blank(u.progress())) {
			problems.add(new FieldProblem("progress", "decision.progress.required"));
		}
		else {
			try {
				progress = Integer.valueOf(u.progress().strip());
				if (progress < 0 || progress > 100) {
					problems.add(new FieldProblem("progress", "decision.progress.range"));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("progress", "decision.progress.range"));
			}
		}
		text(problems, "note", u.note(), 2000, true);
		if (u.version() == null) {
			problems.add(new FieldProblem("version", "decision.version.required"));
		}
		done(problems);
		return progress;
	}

	static String note(UpdateDraft u) {
		return u.note().strip();
	}

	static SourceKind kind(String kind) {
		try {
			return SourceKind.valueOf(kind == null ? "" : kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("kind", "decision.source.kind.invalid");
		}
	}

	static long sourceId(String id) {
		try {
			return Long.parseLong(id == null ? "" : id.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection("sourceId", "decision.source.id.invalid");
		}
	}

	/** The trimmed text, or null when empty and optional; a problem when required and empty, too long or markup. */
	private static String text(List<FieldProblem> problems, String field, String text, int max, boolean required) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			if (required) {
				problems.add(new FieldProblem(field, "decision.field.required"));
			}
			return null;
		}
		try {
			PlainText.check("decision", field, value, max, false);
		}
		catch (Rejection rejection) {
			problems.addAll(rejection.problems());
		}
		return value;
	}

	private static LocalDate date(List<FieldProblem> problems, String field, String text, boolean required) {
		if (blank(text)) {
			if (required) {
				problems.add(new FieldProblem(field, "decision.field.required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "decision.date.invalid"));
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static void done(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

}
