package org.tongxin.platform.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.ModelAndView;

/**
 * The benchmarks' floor pages (profile {@code bench}) over a module's table, in two kinds. The
 * hand-built one ({@link #render}): one query, one {@code StringBuilder}, every value escaped by
 * hand, no template engine at all. The template one ({@link #template}), which is what TechEmpower's
 * Fortunes test and docs/quality.md ("a minimal JDBC+template page") compare frameworks with: the
 * same query rendered by the application's template engine ({@code templates/bench/baseline.html},
 * a bare table), still without layout, session, security or data scope. Each module's baselines
 * pass their own query; its real pages are measured against them.
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

	/** The same table as {@link #render}, rendered by the template engine. */
	public static ModelAndView template(JdbcClient jdbc, String sql, String title, String... headers) {
		List<List<String>> rows = new ArrayList<>();
		jdbc.sql(sql).query(rs -> {
			List<String> row = new ArrayList<>(headers.length);
			for (int c = 1; c <= headers.length; c++) {
				String value = rs.getString(c);
				row.add(value == null ? "" : value);
			}
			rows.add(row);
		});
		return new ModelAndView("bench/baseline", Map.of("title", title, "headers", Arrays.asList(headers), "rows", rows));
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
