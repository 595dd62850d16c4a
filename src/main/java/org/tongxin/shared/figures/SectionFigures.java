package org.tongxin.shared.figures;

import java.util.List;

/**
 * A module's section of a dashboard or work report for one question: its key figures (with the
 * periods compared), the trend of its main figure over the last twelve months, the breakdown of
 * that figure by the units directly below the unit asked (empty for a unit without any), and the
 * sentences a work report writes its figures in.
 *
 * @param title a message code of the module naming the section (诉求办理)
 * @param typicalCases the records an officer marked as typical among those counted, which the work
 * report quotes (empty for a module without marks)
 */
public record SectionFigures(String module, WorkAction action, String title, List<DashboardFigure> figures,
		DashboardSeries trend, DashboardSeries byUnit, List<ReportSentence> sentences, List<TypicalCase> typicalCases) {

	/** A section whose module marks no typical cases. */
	public SectionFigures(String module, WorkAction action, String title, List<DashboardFigure> figures,
			DashboardSeries trend, DashboardSeries byUnit, List<ReportSentence> sentences) {
		this(module, action, title, figures, trend, byUnit, sentences, List.of());
	}

	public SectionFigures {
		typicalCases = List.copyOf(typicalCases);
		for (ReportSentence sentence : sentences) {
			for (String label : sentence.figureLabels()) {
				if (figures.stream().noneMatch(f -> f.label().equals(label))) {
					throw new IllegalArgumentException("a report sentence names a figure the section does not have: " + label);
				}
			}
		}
	}

	/** The figure of this section with the label. */
	public DashboardFigure figure(String label) {
		return figures.stream().filter(f -> f.label().equals(label)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no figure " + label + " in section " + module));
	}

}
