package org.tongxin.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.SubmittedWithin;

/**
 * The proposal list: what the actor may see ({@link ProposalScope}) with the filters, newest first.
 * A district has hundreds of proposals a year, so the count is exact.
 */
@Service
@Transactional(readOnly = true)
public class ProposalQuery {

	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * The list's filters; nulls filter nothing. {@code mine}: only the actor's own (author or
	 * co-signer). {@code unit} (the proposer's unit subtree) and {@code from}..{@code to} (submission
	 * dates) narrow the list to the proposals a figure counts.
	 */
	public record Filter(String text, ProposalStatus status, String categoryCode, Integer year, boolean mine, String unit,
			String from, String to) {
	}

	public record Row(long id, String proposalNo, String title, String categoryName, String proposerName,
			ProposalStatus status, String leadUnitName, Instant createdAt, Instant submittedAt, LocalDate dueDate,
			boolean publicVisible) {
	}

	private final JdbcClient jdbc;

	private final ProposalAccess access;

	private final ProposalCategories categories;

	private final Units units;

	private final UnitPicker picker;

	private final Clock clock;

	ProposalQuery(JdbcClient jdbc, ProposalAccess access, ProposalCategories categories, Units units, UnitPicker picker,
			Clock clock) {
		this.picker = picker;
		this.clock = clock;
		this.jdbc = jdbc;
		this.access = access;
		this.categories = categories;
		this.units = units;
	}

	public Page<Row> page(Actor actor, Filter filter, int page, int size, Locale locale) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNo = Math.max(0, page);
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		access.scope(actor).appendTo(where, params);
		appendFilter(actor, filter, where, params);
		long total = jdbc.sql("select count(*) from proposals_proposal p where true" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", pageSize);
		params.put("offset", (long) pageNo * pageSize);
		List<Proposal> found = jdbc.sql("select " + ProposalStore.COLUMNS + " from proposals_proposal p where true" + where
				+ " order by coalesce(p.submitted_at, p.created_at) desc, p.id desc limit :limit offset :offset")
			.params(params)
			.query(ProposalStore.ROW)
			.list();
		return new PageImpl<>(rows(found, locale), PageRequest.of(pageNo, pageSize), total);
	}

	private List<Row> rows(List<Proposal> found, Locale locale) {
		Set<Long> unitIds = new HashSet<>();
		found.stream().filter(p -> p.handling().leadUnitId() != null).forEach(p -> unitIds.add(p.handling().leadUnitId()));
		Map<Long, String> names = new HashMap<>();
		units.findAll(unitIds).forEach(u -> names.put(u.id(), u.name()));
		return found.stream().map(p -> row(p, names, locale)).toList();
	}

	private Row row(Proposal p, Map<Long, String> leadNames, Locale locale) {
		String category = p.text().categoryCode();
		Long lead = p.handling().leadUnitId();
		return new Row(p.id(), p.proposalNo(), p.text().title(),
				categories.find(category).map(c -> c.name(locale)).orElse(category), p.proposer().name(), p.status(),
				lead == null ? null : leadNames.get(lead), p.dates().createdAt(), p.dates().submittedAt(),
				p.handling().dueDate(), p.review().publicVisible());
	}

	private void appendFilter(Actor actor, Filter f, StringBuilder where, Map<String, Object> params) {
		if (f.text() != null && !f.text().isBlank()) {
			String text = f.text().strip();
			params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			params.put("number", text.toUpperCase(Locale.ROOT));
			where.append(" and (p.proposal_no = :number or p.title like :text or p.proposer_name like :text)");
		}
		if (f.status() != null) {
			params.put("status", f.status().name());
			where.append(" and p.status = :status");
		}
		if (f.categoryCode() != null && !f.categoryCode().isBlank()) {
			params.put("category", f.categoryCode());
			where.append(" and p.category_code = :category");
		}
		if (f.year() != null) {
			params.put("from", Columns.utc(OfficeTime.startOf(LocalDate.of(f.year(), 1, 1))));
			params.put("to", Columns.utc(OfficeTime.startOf(LocalDate.of(f.year() + 1, 1, 1))));
			where.append(" and p.submitted_at >= :from and p.submitted_at < :to");
		}
		picker.pick(actor, UnitPicker.Reach.SCOPE, "unit", "filter.unit", f.unit()).ifPresent(unit -> {
			params.put("unitPath", unit.path() + "%");
			where.append(" and p.proposer_unit_path like :unitPath");
		});
		SubmittedWithin.append("p.submitted_at", f.from(), f.to(), OfficeTime.today(clock), where, params);
		if (f.mine()) {
			params.put("me", actor.userId());
			where.append(" and (p.author_user_id = :me or exists (select 1 from proposals_co_signer m")
				.append(" where m.proposal_id = p.id and m.user_id = :me))");
		}
	}

}
