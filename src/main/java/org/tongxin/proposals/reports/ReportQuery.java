package org.tongxin.proposals.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.proposals.Level;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.CappedPage;

/**
 * The report list: the actor's reports ({@link ReportScope}) with the filters, newest first, one
 * page query (categories and adopted levels included) and at most one count, capped like the
 * demand list's (a district has hundreds of reports a year, so the cap is a guard, not a need).
 */
@Service
@Transactional(readOnly = true)
public class ReportQuery {

	public static final int MAX_PAGE_SIZE = 100;

	static final int COUNT_LIMIT = 1_000;

	private final JdbcClient jdbc;

	private final ReportAccess access;

	private final org.tongxin.org.UnitPicker picker;

	private final java.time.Clock clock;

	ReportQuery(JdbcClient jdbc, ReportAccess access, org.tongxin.org.UnitPicker picker, java.time.Clock clock) {
		this.picker = picker;
		this.clock = clock;
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The categories for forms and filters, in their order. */
	public record Category(String code, String nameZh, String nameEn) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}

	}

	public List<Category> categories() {
		return jdbc.sql("select code, name_zh, name_en from proposals_category order by sort_order, code")
			.query(Category.class)
			.list();
	}

	public CappedPage<ReportRow> page(Actor actor, ReportFilter filter, int page, int size, Locale locale) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNo = Math.max(0, page);
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		access.scope(actor).appendTo(where, params);
		appendFilter(actor, filter, where, params);
		params.put("limit", pageSize);
		params.put("offset", (long) pageNo * pageSize);
		List<ReportRow> rows = new ArrayList<>();
		jdbc.sql("select " + ReportStore.COLUMNS + ", array(select a.level from proposals_report_adoption a"
				+ " where a.report_id = r.id order by a.adopted_on, a.level) as adopted" + ReportStore.FROM + " where true"
				+ where + " order by r.submitted_at desc, r.id desc limit :limit offset :offset")
			.params(params)
			.query(rs -> {
				Report r = ReportStore.ROW.mapRow(rs, 0);
				List<Level> levels = new ArrayList<>();
				for (String level : (String[]) rs.getArray("adopted").getArray()) {
					levels.add(Level.valueOf(level));
				}
				rows.add(new ReportRow(r.id(), r.reportNo(), r.text().currentTitle(), r.category().name(locale),
						r.reporter().name(), r.status(), r.submittedAt(), levels));
			});
		boolean lastPage = rows.size() < pageSize && (!rows.isEmpty() || pageNo == 0);
		if (lastPage) {
			return new CappedPage<>(rows, PageRequest.of(pageNo, pageSize), (long) pageNo * pageSize + rows.size(), false);
		}
		Map<String, Object> countParams = new HashMap<>(params);
		countParams.put("countLimit", COUNT_LIMIT + 1);
		long counted = jdbc.sql("select count(*) from (select 1 from proposals_report r where true" + where
				+ " limit :countLimit) matches")
			.params(countParams)
			.query(Long.class)
			.single();
		boolean capped = counted > COUNT_LIMIT;
		long total = capped ? Math.max(COUNT_LIMIT, (long) (pageNo + 1) * pageSize + 1) : counted;
		return new CappedPage<>(rows, PageRequest.of(pageNo, pageSize), total, capped);
	}

	private void appendFilter(Actor actor, ReportFilter f, StringBuilder where, Map<String, Object> params) {
		picker.pick(actor, org.tongxin.org.UnitPicker.Reach.SCOPE, "unit", "filter.unit", f.unit()).ifPresent(unit -> {
			params.put("unitPath", unit.path() + "%");
			where.append(" and r.reporter_unit_path like :unitPath");
		});
		org.tongxin.shared.web.SubmittedWithin.append("r.submitted_at", f.from(), f.to(),
				org.tongxin.shared.OfficeTime.today(clock), where, params);
		if (f.status() != null) {
			params.put("status", f.status().name());
			where.append(" and r.status = :status");
		}
		if (f.category() != null) {
			params.put("category", f.category());
			where.append(" and r.category_code = :category");
		}
		if (f.year() != null) {
			params.put("from", Columns.utc(OfficeTime.startOf(LocalDate.of(f.year(), 1, 1))));
			params.put("to", Columns.utc(OfficeTime.startOf(LocalDate.of(f.year() + 1, 1, 1))));
			where.append(" and r.submitted_at >= :from and r.submitted_at < :to");
		}
		if (f.adoptedLevel() != null) {
			params.put("adoptedLevel", f.adoptedLevel().name());
			where.append(" and exists (select 1 from proposals_report_adoption a where a.report_id = r.id"
					+ " and a.level = :adoptedLevel)");
		}
	}

}
