package org.tongxin.dashboard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.tongxin.shared.figures.DashboardFigure;
import org.tongxin.shared.figures.DashboardSeries;
import org.tongxin.shared.figures.FigureText;
import org.tongxin.shared.figures.SectionFigures;

import tools.jackson.databind.json.JsonMapper;

/**
 * A section as the page shows it: each figure's value and comparisons written out (a count with
 * separators, a rate as 84.0%, an amount as reports write it, "—" for nothing measured), the
 * direction of the change, and each chart's data as JSON for the chart script (in a data
 * attribute: the page's CSP runs no inline script), with the points also listed as links.
 */
public record SectionView(SectionFigures section, List<Tile> tiles, List<Chart> charts) {

	/** A figure written out; {@code change} is up, down, same or none (nothing to compare). */
	public record Tile(String label, String value, String previous, String lastYear, String change, String link) {
	}

	/** A chart ({@code trend} or {@code byUnit}) of a series: its data for the script and its points written out. */
	public record Chart(String key, String seriesLabel, String json, List<Point> points) {
	}

	public record Point(String name, String text, String link) {
	}

	public static SectionView of(SectionFigures section, MessageSource messages, Locale locale) {
		List<Tile> tiles = section.figures().stream()
			.map(f -> new Tile(f.label(), FigureText.of(f.kind(), f.value(), locale), FigureText.of(f.kind(), f.previous(), locale),
					FigureText.of(f.kind(), f.lastYear(), locale), change(f), f.link()))
			.toList();
		List<Chart> charts = new java.util.ArrayList<>();
		charts.add(chart("trend", section.trend(), "line", messages, locale));
		if (!section.byUnit().points().isEmpty()) {
			charts.add(chart("byUnit", section.byUnit(), "bar", messages, locale));
		}
		// the units' chart ranks them and shows the first few (a district has dozens of functional units,
		// most with nothing to show); its list below keeps every unit in the network's order
		return new SectionView(section, tiles, charts);
	}

	/** How many units the units' chart shows, the highest first. */
	static final int RANKED = 12;

	private static Chart chart(String key, DashboardSeries series, String type, MessageSource messages, Locale locale) {
		DashboardSeries drawn = !"bar".equals(type) ? series
				: new DashboardSeries(series.label(), series.kind(), series.points().stream()
					.sorted(java.util.Comparator.comparing(DashboardSeries.Point::value,
							java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
					.limit(RANKED)
					.toList());
		return new Chart(key, series.label(), json(drawn, type, messages, locale), series.points().stream()
			.map(p -> new Point(p.name(), FigureText.of(series.kind(), p.value(), locale), p.link()))
			.toList());
	}

	private static String change(DashboardFigure f) {
		if (f.value() == null || f.previous() == null) {
			return "none";
		}
		int sign = f.value().compareTo(f.previous());
		return sign > 0 ? "up" : sign < 0 ? "down" : "same";
	}

	private static String json(DashboardSeries series, String type, MessageSource messages, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("name", messages.getMessage(series.label(), null, locale));
		chart.put("names", series.points().stream().map(DashboardSeries.Point::name).toList());
		chart.put("values", series.points().stream().map(p -> p.value() == null ? null : p.value()).toList());
		chart.put("links", series.points().stream().map(DashboardSeries.Point::link).toList());
		return JsonMapper.shared().writeValueAsString(chart);
	}

}
