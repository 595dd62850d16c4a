package org.tongxin.inbox.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WaitingItem;

/**
 * Writes {@code inbox_item}: a record's rows are replaced whole by what its module says waits now.
 * "Waiting since" is when the step began, as the module says ({@link WaitingItem#since}); for work
 * whose module cannot say, the moment the inbox first saw it, kept across every refresh.
 */
@Component
class InboxItems {

	private final JdbcClient jdbc;

	InboxItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises the refreshes of one record until the transaction ends (two nodes, or two
	 * listeners of quick successive steps): the second reads the record after the first wrote.
	 */
	void lock(RecordRef record) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "inbox:" + record.type() + ":" + record.id())
			.query((rs, n) -> 1)
			.list();
	}

	void replace(RecordRef record, String module, List<WaitingItem> items, Instant now) {
		Map<String, Instant> since = waitingSince(record);
		jdbc.sql("delete from inbox_item where record_type = :type and record_id = :id")
			.param("type", record.type())
			.param("id", record.id())
			.update();
		for (WaitingItem item : items) {
			Instant start = item.since() != null ? item.since() : since.getOrDefault(key(item.kind(), item.to()), now);
			insert(record, module, item, start);
		}
	}

	private void insert(RecordRef record, String module, WaitingItem item, Instant since) {
		Addressee to = item.to();
		jdbc.sql("""
				insert into inbox_item (record_type, record_id, module, kind, number, title, link, deadline, warn_from,
				  show_from, reach, user_id, privilege, unit_id, unit_path, waiting_since)
				values (:type, :id, :module, :kind, :number, :title, :link, :deadline, :warnFrom, :showFrom, :reach,
				  :user, :privilege, :unit, :unitPath, :since)""")
			.param("type", record.type())
			.param("id", record.id())
			.param("module", module)
			.param("kind", item.kind())
			.param("number", item.number())
			.param("title", item.title())
			.param("link", item.link())
			.param("deadline", item.deadline())
			.param("warnFrom", item.warnFrom())
			.param("showFrom", item.showFrom())
			.param("reach", to.reach().name())
			.param("user", to.userId())
			.param("privilege", to.privilege() == null ? null : to.privilege().name())
			.param("unit", to.unitId())
			.param("unitPath", to.unitPath())
			.param("since", Columns.utc(since))
			.update();
	}

	private Map<String, Instant> waitingSince(RecordRef record) {
		Map<String, Instant> since = new HashMap<>();
		jdbc.sql("""
				select kind, reach, user_id, privilege, unit_id, waiting_since from inbox_item
				where record_type = :type and record_id = :id""")
			.param("type", record.type())
			.param("id", record.id())
			.query(rs -> {
				since.put(key(rs.getString(1), rs.getString(2), Columns.nullableLong(rs, "user_id"), rs.getString(4),
						Columns.nullableLong(rs, "unit_id")), Columns.instant(rs, "waiting_since"));
			});
		return since;
	}

	private static String key(String kind, Addressee to) {
		return key(kind, to.reach().name(), to.userId(), to.privilege() == null ? null : to.privilege().name(),
				to.unitId());
	}

	private static String key(String kind, String reach, Long user, String privilege, Long unit) {
		return kind + "|" + reach + "|" + user + "|" + privilege + "|" + unit;
	}

}
