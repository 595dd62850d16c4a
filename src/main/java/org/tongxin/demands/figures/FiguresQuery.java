package org.tongxin.demands.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.demands.CaseFigure;
import org.tongxin.shared.OfficeTime;

/**
 * The one statement behind the figures, whatever the number of child units and the length of the
 * period. The whole months of the period come from demands_figure_month (kept by triggers on
 * demands_case, V18), the days before the first and after the last whole month from the cases
 * themselves, and cases of the whole months whose open deadline has passed without being marked
 * late yet (that depends on today) from the open cases: three grouped branches, UNION ALL, whose
 * rows the caller adds up. Rows are grouped by the child unit they fall in (the path cut after the
 * next "/" following the parent's path, as the member coverage does, so PostgreSQL hashes the
 * groups instead of matching each child by LIKE; a case of the unit itself gets the parent's path)
 * and by category. SQL text is fixed (the path columns come from {@link FigureBasis}); values are bound.
 */
@Component
class FiguresQuery {

	static final int COUNT_COLUMNS = CaseFigure.values().length;

	/**
	 * The figures of single cases, in the order of {@link FigureCounts}' long components: one count
	 * per {@link CaseFigure}, by the predicate the case list filters with, and the solved amount.
	 */
	static final String CASE_COUNTS = java.util.Arrays.stream(CaseFigure.values())
		.map(f -> "count(*) filter (where " + f.predicate() + ")")
		.collect(java.util.stream.Collectors.joining(",\n", "", ",\n"))
			+ "coalesce(sum(c.amount) filter (where " + CaseFigure.ENTERPRISE_SOLVED.predicate() + "), 0)";

	/** The same figures from the monthly sums; overdue here is "ever late", the rest comes live. */
	static final String MONTH_COUNTS = """
			sum(s.received)::bigint, sum(s.accepted)::bigint, sum(s.declined)::bigint, sum(s.answered)::bigint,
			sum(s.answered_on_time)::bigint, sum(s.ever_late)::bigint, sum(s.closed)::bigint, sum(s.rated)::bigint,
			sum(s.satisfied)::bigint, sum(s.reopened)::bigint, sum(s.enterprise)::bigint, sum(s.enterprise_solved)::bigint,
			sum(s.enterprise_amount)""";

	/** Open cases past their deadline and not yet marked late: only the overdue column. */
	static final String LATE_NOW_COUNTS = "0, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0, 0";

	private static final String LATE_NOW = """
			c.status in ('SUBMITTED', 'HANDLING') and not c.ever_late
			and ((c.status = 'SUBMITTED' and c.accept_due < :today) or (c.status = 'HANDLING' and c.due_date < :today))""";

	/** One grouped row: the child path it falls in, its category, its counts and solved amount. */
	interface Sink {

		void row(String childPath, long categoryId, long[] counts, BigDecimal amount);

	}

	private final JdbcClient jdbc;

	FiguresQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param unitPath the chosen unit's path; cases of its subtree count
	 * @param onlyTheUnit only cases of exactly that unit count (actors whose scope is their unit
	 * alone, not its subtree)
	 * @param today the office date that decides whether an open deadline has passed
	 */
	void run(FigureBasis basis, String unitPath, boolean onlyTheUnit, LocalDate from, LocalDate to, LocalDate today,
			Sink sink) {
		run(Grouping.CHILD_AND_CATEGORY, basis, unitPath, onlyTheUnit, from, to, today, sink);
	}

	/**
	 * The same counts grouped by child unit only (the category 0): what a total or a dashboard needs,
	 * read from the monthly sums without categories and handling units when the basis allows it.
	 */
	void runByChild(FigureBasis basis, String unitPath, boolean onlyTheUnit, LocalDate from, LocalDate to,
			LocalDate today, Sink sink) {
		run(Grouping.CHILD, basis, unitPath, onlyTheUnit, from, to, today, sink);
	}

	/**
	 * The same counts grouped by office month of submission instead of child unit and category: one
	 * statement for a trend of many months. The sink's first argument is then the month's first day
	 * (ISO date) and its category 0.
	 */
	void runByMonth(FigureBasis basis, String unitPath, boolean onlyTheUnit, LocalDate from, LocalDate to,
			LocalDate today, Sink sink) {
		run(Grouping.MONTH, basis, unitPath, onlyTheUnit, from, to, today, sink);
	}

	/**
	 * What the rows are grouped by: the two grouping columns of each branch, over the monthly sums or
	 * the cases. Without categories, the whole months of the arising basis come from
	 * demands_figure_unit_month (V45: a fourteenth of the rows); otherwise from demands_figure_month.
	 */
	private enum Grouping {

		CHILD_AND_CATEGORY, CHILD, MONTH;

		String select(String pathColumn, String alias) {
			String category = this == CHILD_AND_CATEGORY ? alias + ".category_id" : "0::bigint";
			if (this == MONTH) {
				String month = alias.equals("s") ? "s.month"
						: "date_trunc('month', c.submitted_at at time zone 'Asia/Shanghai')::date";
				return "select " + month + "::text as grp, " + category + " as category_id,\n";
			}
			return "select left(" + pathColumn + ", :parentLength + strpos(substr(" + pathColumn
					+ ", :parentLength + 1), '/')) as child, " + category + " as category_id,\n";
		}

		String monthTable(FigureBasis basis) {
			return this == CHILD_AND_CATEGORY || basis != FigureBasis.ARISING ? "demands_figure_month"
					: "demands_figure_unit_month";
		}

	}

	private void run(Grouping grouping, FigureBasis basis, String unitPath, boolean onlyTheUnit, LocalDate from,
			LocalDate to, LocalDate today, Sink sink) {
		LocalDate end = to.plusDays(1);
		LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate afterWhole = end.withDayOfMonth(1);
		boolean wholeMonths = firstWhole.isBefore(afterWhole);
		Map<String, Object> params = new HashMap<>();
		params.put("parentLength", unitPath.length());
		params.put("path", onlyTheUnit ? unitPath : unitPath + "%");
		params.put("start", at(from));
		params.put("end", at(end));
		params.put("today", today);
		String caseColumn = basis.caseColumn();
		StringBuilder sql = new StringBuilder();
		if (wholeMonths) {
			params.put("firstWhole", firstWhole);
			params.put("afterWhole", afterWhole);
			params.put("firstWholeAt", at(firstWhole));
			params.put("afterWholeAt", at(afterWhole));
			String monthColumn = basis.monthColumn();
			sql.append(grouping.select(monthColumn, "s")).append(MONTH_COUNTS)
				.append("\nfrom ").append(grouping.monthTable(basis)).append(" s where ").append(monthColumn)
				.append(" like :path and s.month >= :firstWhole and s.month < :afterWhole group by 1, 2")
				.append("\nunion all\n")
				.append(grouping.select(caseColumn, "c")).append(CASE_COUNTS)
				.append("\nfrom demands_case c where ").append(caseColumn)
				.append(" like :path and (c.submitted_at >= :start and c.submitted_at < :firstWholeAt")
				.append(" or c.submitted_at >= :afterWholeAt and c.submitted_at < :end) group by 1, 2")
				.append("\nunion all\n")
				.append(grouping.select(caseColumn, "c")).append(LATE_NOW_COUNTS)
				.append("\nfrom demands_case c where ").append(caseColumn)
				.append(" like :path and c.submitted_at >= :firstWholeAt and c.submitted_at < :afterWholeAt and ")
				.append(LATE_NOW).append(" group by 1, 2");
		}
		else {
			sql.append(grouping.select(caseColumn, "c")).append(CASE_COUNTS)
				.append("\nfrom demands_case c where ").append(caseColumn)
				.append(" like :path and c.submitted_at >= :start and c.submitted_at < :end group by 1, 2");
		}
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			long[] counts = new long[COUNT_COLUMNS];
			for (int i = 0; i < COUNT_COLUMNS; i++) {
				counts[i] = rs.getLong(3 + i);
			}
			BigDecimal amount = rs.getBigDecimal(3 + COUNT_COLUMNS);
			sink.row(rs.getString(1), rs.getLong(2), counts, amount == null ? BigDecimal.ZERO : amount);
		});
	}

	/** The first instant of an office date, bound as a timestamp with time zone. */
	private static OffsetDateTime at(LocalDate day) {
		return OffsetDateTime.ofInstant(OfficeTime.startOf(day), ZoneOffset.UTC);
	}

}
