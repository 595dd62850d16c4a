package org.tongxin.demands.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.CaseFilter;
import org.tongxin.demands.CaseRow;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.sla.Categories;
import org.tongxin.demands.sla.SlaClock;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.CappedPage;

/**
 * The case list: the actor's cases ({@link CaseScope}) with the filters, newest first, one page
 * query and at most one count capped at {@link #COUNT_LIMIT}, unit names in one look-up.
 */
@Service
@Transactional(readOnly = true)
public class CaseQuery {

	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * Matches are counted up to here, then the list says "more than": at a million cases a town's
	 * count to 10,000 scanned ~70,000 rows (25 ms) on every page, for a number nobody needs exactly
	 * (the figures page has the exact ones).
	 */
	static final int COUNT_LIMIT = 1_000;

	private final JdbcClient jdbc;

	private final UnitAccess access;

	private final Units units;

	private final UnitPicker picker;

	private final Categories categories;

	private final BusinessCalendar calendar;

	private final Clock clock;

	CaseQuery(JdbcClient jdbc, UnitAccess access, Units units, UnitPicker picker, Categories categories, BusinessCalendar calendar,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.units = units;
		this.picker = picker;
		this.categories = categories;
		this.calendar = calendar;
		this.clock = clock;
	}

	public CappedPage<CaseRow> page(Actor actor, CaseFilter filter, int page, int size, Locale locale) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNo = Math.max(0, page);
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		CaseScope scope = CaseScope.of(actor, access);
		scope.appendTo(where, params);
		int scopeEnd = where.length();
		appendFilter(actor, filter, where, params);
		boolean unfiltered = where.length() == scopeEnd;
		params.put("limit", pageSize);
		params.put("offset", (long) pageNo * pageSize);
		List<DemandCase> found = jdbc.sql("select " + CaseStore.COLUMNS + " from demands_case c where true" + where
				+ " order by c.submitted_at desc, c.id desc limit :limit offset :offset")
			.params(params)
			.query(CaseStore.ROW)
			.list();
		boolean lastPage = found.size() < pageSize && (found.size() > 0 || pageNo == 0);
		if (lastPage) {
			long total = (long) pageNo * pageSize + found.size();
			return new CappedPage<>(rows(found, locale), PageRequest.of(pageNo, pageSize), total, false);
		}
		long counted = unfiltered && originHoldsMore(scope) ? COUNT_LIMIT + 1 : count(where, params);
		boolean capped = counted > COUNT_LIMIT;
		// past the cap the total is a lower bound, never below the rows already paged through plus one
		long total = capped ? Math.max(COUNT_LIMIT, (long) (pageNo + 1) * pageSize + 1) : counted;
		return new CappedPage<>(rows(found, locale), PageRequest.of(pageNo, pageSize), total, capped);
	}

	/** Rows for loaded cases: unit names in one query, categories and calendar from their caches. */
	List<CaseRow> rows(List<DemandCase> found, Locale locale) {
		Set<Long> unitIds = new HashSet<>();
		for (DemandCase c : found) {
			unitIds.add(c.origin().unitId());
			if (c.handling().unitId() != null) {
				unitIds.add(c.handling().unitId());
			}
		}
		Map<Long, String> names = new HashMap<>();
		units.findAll(unitIds).forEach(u -> names.put(u.id(), u.name()));
		LocalDate today = OfficeTime.today(clock);
		Map<Long, DemandCategory> cats = categories.all();
		List<CaseRow> rows = new ArrayList<>(found.size());
		for (DemandCase c : found) {
			DemandCategory category = cats.get(c.request().categoryId());
			SlaClock sla = SlaClock.of(c.openDeadline(), category.warnDaysFor(c.status()), today, calendar);
			Long handlingUnit = c.handling().unitId();
			rows.add(new CaseRow(c.id(), c.caseNo(), c.request().title(), category.name(locale), c.status(), c.round(),
					names.get(c.origin().unitId()), handlingUnit == null ? null : names.get(handlingUnit),
					c.request().submittedAt(), c.openDeadline(), sla,
					new CaseRow.Marks(c.escalation().supervised(), c.escalation().unitId() != null)));
		}
		return rows;
	}

	/**
	 * Whether the cases arising in the scope's units alone are more than the list counts: then so
	 * are the scope's (they include them), and an index on the unit's path tells it by reading a
	 * thousand entries, where the count's OR of the scope's conditions read ~7,500 cases of a town at
	 * 1M (8 ms). False when the scope holds no subtree: the count then finds out.
	 */
	private boolean originHoldsMore(CaseScope scope) {
		Map<String, Object> params = new HashMap<>();
		return scope.originSubtree(params)
			.map(condition -> jdbc.sql("select exists (select 1 from demands_case c where " + condition + " offset :beyond)")
				.params(params)
				.param("beyond", COUNT_LIMIT)
				.query(Boolean.class)
				.single())
			.orElse(false);
	}

	private long count(StringBuilder where, Map<String, Object> params) {
		Map<String, Object> countParams = new HashMap<>(params);
		countParams.put("countLimit", COUNT_LIMIT + 1);
		return jdbc.sql("select count(*) from (select 1 from demands_case c where true" + where
				+ " limit :countLimit) matches")
			.params(countParams)
			.query(Long.class)
			.single();
	}

	private void appendFilter(Actor actor, CaseFilter f, StringBuilder where, Map<String, Object> params) {
		if (f.text() != null && !f.text().isBlank()) {
			String text = f.text().strip();
			params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			params.put("caseNo", text.toUpperCase(Locale.ROOT));
			where.append(" and (c.case_no = :caseNo or c.title like :text)");
		}
		if (f.status() != null) {
			params.put("status", f.status().name());
			where.append(" and c.status = :status");
		}
		if (f.categoryId() != null) {
			params.put("category", f.categoryId());
			where.append(" and c.category_id = :category");
		}
		// where cases arise or are handled: the units of the scope and the departments they go to; a
		// figure's cases are counted where they arise
		picker.pick(actor, UnitPicker.Reach.HANDLING, "unit", "filter.unit", f.unitCode()).ifPresent(unit -> {
			params.put("filterPath", unit.path() + "%");
			where.append(f.figure() != null ? " and c.unit_path like :filterPath"
					: " and (c.unit_path like :filterPath or c.handling_unit_path like :filterPath)");
		});
		if (f.figure() != null) {
			params.put("today", OfficeTime.today(clock));
			where.append(" and ").append(f.figure().predicate());
		}
		if (f.enterpriseId() != null) {
			params.put("enterprise", f.enterpriseId());
			where.append(" and c.enterprise_id = :enterprise");
		}
		if (f.overdue()) {
			params.put("today", OfficeTime.today(clock));
			where.append(" and ((c.status = 'SUBMITTED' and c.accept_due < :today)")
				.append(" or (c.status = 'HANDLING' and c.due_date < :today))");
		}
		if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
			throw new Rejection("from", "demand.period.reversed");
		}
		if (f.from() != null) {
			params.put("from", Columns.utc(OfficeTime.startOf(f.from())));
			where.append(" and c.submitted_at >= :from");
		}
		if (f.to() != null) {
			params.put("to", Columns.utc(OfficeTime.startOf(f.to().plusDays(1))));
			where.append(" and c.submitted_at < :to");
		}
	}

}
