package org.tongxin.shared.figures;

import java.util.List;

/**
 * A sentence of a work report, as a section writes its figures in the article's words ("全年共提交
 * 提案 52 件…"): a message code of the module whose arguments are {0} the period as reports name it
 * (全年, 第一季度, 3月), {1} the period's last day, then the section's figures named here, in order,
 * each written as the dashboard writes it (a rate 84.0%, an amount 50.32亿元).
 *
 * @param figureLabels labels of figures of the same section
 */
public record ReportSentence(String code, List<String> figureLabels) {

	public ReportSentence {
		figureLabels = List.copyOf(figureLabels);
	}

	public static ReportSentence of(String code, String... figureLabels) {
		return new ReportSentence(code, List.of(figureLabels));
	}

}
