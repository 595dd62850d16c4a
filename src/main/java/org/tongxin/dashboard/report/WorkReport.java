package org.tongxin.dashboard.report;

import java.util.List;
import java.util.Map;

import org.tongxin.dashboard.internal.PeriodChoice;
import org.tongxin.shared.figures.SectionFigures;
import org.tongxin.shared.figures.WorkAction;

/**
 * A work report of one unit for one period, organised as the source article is: the three actions,
 * each with the sections of the modules that belong to it; a section has its text (generated from
 * the figures in the article's words, or as the officer edited it), the table of its figures and its
 * charts. {@code snapshot} holds each figure's value as written when the text was generated, so that
 * an export can say which figures changed since.
 */
public record WorkReport(String unitCode, String unitName, PeriodChoice choice, String title, String subtitle,
		List<Part> parts) {

	public record Part(WorkAction action, String heading, List<Section> sections) {
	}

	public record Section(String module, String heading, String text, List<Row> rows, SectionFigures figures,
			Map<String, String> snapshot) {

		Section withText(String edited) {
			return new Section(module, heading, edited, rows, figures, snapshot);
		}

	}

	/** A figure of a section's table: its name, its value in the period, before it, a year earlier, and its records. */
	public record Row(String label, String name, String value, String previous, String lastYear, String link) {
	}

	/** A figure that is not what the text was written from: its name, the value then and now. */
	public record Change(String module, String name, String then, String now) {
	}

	public List<Section> sections() {
		return parts.stream().flatMap(p -> p.sections().stream()).toList();
	}

}
