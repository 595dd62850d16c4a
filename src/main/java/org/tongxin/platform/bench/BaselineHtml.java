package org.tongxin.platform.bench;

import java.util.List;

/** Renders the baseline rows the way Fortunes does: one {@code StringBuilder}, every value escaped. */
final class BaselineHtml {

	private static final String HEAD = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Units</title></head>"
			+ "<body><table><tr><th>id</th><th>code</th><th>name</th><th>kind</th><th>depth</th><th>active</th></tr>";

	private static final String TAIL = "</table></body></html>";

	private BaselineHtml() {
	}

	static String render(List<BaselineUnit> units) {
		StringBuilder html = new StringBuilder(HEAD.length() + TAIL.length() + units.size() * 160);
		html.append(HEAD);
		for (BaselineUnit unit : units) {
			html.append("<tr><td>").append(unit.id()).append("</td><td>");
			escape(unit.code(), html).append("</td><td>");
			escape(unit.name(), html).append("</td><td>");
			escape(unit.kind(), html).append("</td><td>");
			html.append(unit.depth()).append("</td><td>").append(unit.active()).append("</td></tr>");
		}
		return html.append(TAIL).toString();
	}

	static StringBuilder escape(String text, StringBuilder out) {
		return BaselineTable.escape(text, out);
	}

}
