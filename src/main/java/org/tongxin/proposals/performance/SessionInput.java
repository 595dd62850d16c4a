package org.tongxin.proposals.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * A session as typed (page form or API): name, dates and points as text, checked here so that each
 * bad value is a {@link Rejection} naming its field ({@code points[ITEM]} for a points value).
 * Points left blank take the item's default.
 */
public record SessionInput(String name, String startsOn, String endsOn, Map<String, String> points) {

	static final int NAME_MAX = 50;

	static final BigDecimal POINTS_MAX = new BigDecimal("9999.99");

	/** The checked values. */
	record Checked(String name, LocalDate startsOn, LocalDate endsOn, Map<ScoreItem, BigDecimal> points) {
	}

	Checked check() {
		List<FieldProblem> problems = new ArrayList<>();
		String n = name == null ? "" : name.strip();
		if (n.isEmpty()) {
			problems.add(new FieldProblem("name", "proposal.scoring.error.name.required"));
		}
		else if (n.length() > NAME_MAX) {
			problems.add(new FieldProblem("name", "proposal.scoring.error.name.tooLong", NAME_MAX));
		}
		else if (n.contains("<") || n.contains(">")) {
			problems.add(new FieldProblem("name", "proposal.scoring.error.name.markup"));
		}
		LocalDate start = date("startsOn", startsOn, problems);
		LocalDate end = date("endsOn", endsOn, problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new FieldProblem("endsOn", "proposal.scoring.error.order"));
		}
		Map<ScoreItem, BigDecimal> values = new EnumMap<>(ScoreItem.class);
		for (ScoreItem item : ScoreItem.values()) {
			String text = points == null ? null : points.get(item.name());
			if (text == null || text.isBlank()) {
				values.put(item, item.defaultPoints());
				continue;
			}
			try {
				BigDecimal value = new BigDecimal(text.strip());
				if (value.signum() < 0 || value.compareTo(POINTS_MAX) > 0 || value.scale() > 2) {
					problems.add(new FieldProblem("points[" + item.name() + "]", "proposal.scoring.error.points", POINTS_MAX));
				}
				else {
					values.put(item, value.setScale(2));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("points[" + item.name() + "]", "proposal.scoring.error.points", POINTS_MAX));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new Checked(n, start, end, values);
	}

	private static LocalDate date(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "proposal.scoring.error.date.required"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "proposal.scoring.error.date"));
			return null;
		}
	}

}
