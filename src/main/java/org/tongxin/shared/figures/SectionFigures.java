package org.tongxin.shared.figures;

import java.util.List;

/**
 * A module's section of a dashboard or work report for one question: its key figures (with the
 * periods compared), the trend of its main figure over the last twelve months, and the breakdown
 * of that figure by the units directly below the unit asked (empty for a unit without any).
 *
 * @param title a message code of the module naming the section (诉求办理)
 */
public record SectionFigures(String module, WorkAction action, String title, List<DashboardFigure> figures,
		DashboardSeries trend, DashboardSeries byUnit) {

}
