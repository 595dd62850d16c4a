package org.tongxin.inbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.inbox.Inbox;
import org.tongxin.inbox.InboxEntry;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.SlaLight;

/**
 * Reads an actor's inbox: each piece of work once (a case waiting for its lead and for the lead's
 * unit is one piece), listed from its first day, nearest deadline first. Two statements a page.
 */
@Service
@Transactional(readOnly = true)
class InboxQuery implements Inbox {

	static final int MAX_SIZE = 100;

	private final JdbcClient jdbc;

	private final UnitAccess access;

	private final Clock clock;

	InboxQuery(JdbcClient jdbc, UnitAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public long count(Actor actor) {
		Map<String, Object> params = new HashMap<>();
		String pieces = pieces(actor, null, params);
		return jdbc.sql("select count(*) from (" + pieces + ") w").params(params).query(Long.class).single();
	}

	@Override
	public SortedMap<String, Long> countsByModule(Actor actor) {
		Map<String, Object> params = new HashMap<>();
		String pieces = pieces(actor, null, params);
		SortedMap<String, Long> counts = new TreeMap<>();
		jdbc.sql("select w.module, count(*) from (" + pieces + ") w group by w.module")
			.params(params)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	@Override
	public Page page(Actor actor, String module, int page, int size) {
		int bounded = Math.max(1, Math.min(size, MAX_SIZE));
		int from = Math.max(0, page);
		Map<String, Object> params = new HashMap<>();
		String pieces = pieces(actor, module, params);
		long total = jdbc.sql("select count(*) from (" + pieces + ") w").params(params).query(Long.class).single();
		params.put("limit", bounded);
		params.put("offset", (long) from * bounded);
		LocalDate today = OfficeTime.today(clock);
		List<InboxEntry> entries = jdbc.sql("select * from (" + pieces + ") w"
				+ " order by w.deadline nulls last, w.waiting_since, w.record_type, w.record_id, w.kind"
				+ " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new InboxEntry(rs.getString("module"), rs.getString("record_type"), rs.getString("kind"),
					rs.getLong("record_id"), rs.getString("number"), rs.getString("title"), rs.getString("link"),
					Columns.date(rs, "deadline"),
					SlaLight.of(Columns.date(rs, "deadline"), Columns.date(rs, "warn_from"), today),
					Columns.instant(rs, "waiting_since")))
			.list();
		return new Page(entries, total, from, bounded);
	}

	/** The actor's pieces of work: one row per (record, kind), the earliest wait of its rows. */
	private String pieces(Actor actor, String module, Map<String, Object> params) {
		params.put("today", OfficeTime.today(clock));
		StringBuilder where = new StringBuilder(ActorReach.condition(actor, access, params))
			.append(" and (i.show_from is null or i.show_from <= :today)");
		if (module != null) {
			params.put("module", module);
			where.append(" and i.module = :module");
		}
		return "select distinct on (i.record_type, i.record_id, i.kind) i.module, i.record_type, i.record_id, i.kind,"
				+ " i.number, i.title, i.link, i.deadline, i.warn_from, i.waiting_since from inbox_item i where " + where
				+ " order by i.record_type, i.record_id, i.kind, i.waiting_since";
	}

}
