package org.tongxin.platform.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmarks' floor page (profile {@code bench}), rendered the way TechEmpower's Fortunes test
 * does: one query, one {@code StringBuilder}, every value escaped by hand, no template, no layout.
 * Each module's baseline passes its own query; the real pages are measured against it.
 */
public final class BaselineTable {

	private BaselineTable() {
	}

	/** An HTML table of every row of {@code sql}, one cell per column, under the given headers. */
	public static String render(JdbcClient jdbc, String sql, String title, String... headers) {
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
		escape(title, html).append("</title></head><body><table><tr>");
		for (String header : headers) {
			escape(header, html.append("<th>")).append("</th>");
		}
		html.append("</tr>");
		jdbc.sql(sql).query(rs -> {
			html.append("<tr>");
			for (int c = 1; c <= headers.length; c++) {
				String value = rs.getString(c);
				escape(value == null ? "" : value, html.append("<td>")).append("</td>");
			}
			html.append("</tr>");
		});
		return html.append("</table></body></html>").toString();
	}

	public static StringBuilder escape(String text, StringBuilder out) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out;
	}

}
