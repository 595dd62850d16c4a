package org.tongxin.proposals.search;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.proposals.ProposalTextChanged;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;

/**
 * Keeps proposals_search_text in step with the records: on {@link ProposalTextChanged}, in the
 * writing transaction (so the index row commits or rolls back with the change), the record is read
 * back with SQL and its row replaced. Records written without the event (seeds, scripts) are caught
 * up by version every minute: a row missing or of an older version is rebuilt.
 */
@Component
public class ProposalSearchIndex {

	private static final Logger log = LoggerFactory.getLogger(ProposalSearchIndex.class);

	private static final int CATCH_UP_BATCH = 500;

	private static final String PROPOSAL = """
			select id, version, proposal_no as number, title, proposer_name,
			       body || coalesce(E'\\n' || reply, '') as content, coalesce(submitted_at, created_at) as at
			from proposals_proposal where id = :id""";

	private static final String REPORT = """
			select id, version, report_no as number, coalesce(edited_title, title) as title, reporter_name as proposer_name,
			       coalesce(edited_body || E'\\n', '') || body || case when edited_title is null then '' else E'\\n' || title end
			         as content, submitted_at as at
			from proposals_report where id = :id""";

	private static final String STALE = """
			select p.id from proposals_proposal p left join proposals_search_text s
			  on s.source_kind = 'PROPOSAL' and s.source_id = p.id
			where s.source_id is null or s.source_version <> p.version limit :limit""";

	private static final String STALE_REPORTS = """
			select r.id from proposals_report r left join proposals_search_text s
			  on s.source_kind = 'REPORT' and s.source_id = r.id
			where s.source_id is null or s.source_version <> r.version limit :limit""";

	private final JdbcClient jdbc;

	private final Map<SourceKind, SourceRecords> records = new EnumMap<>(SourceKind.class);

	ProposalSearchIndex(JdbcClient jdbc, List<SourceRecords> records) {
		this.jdbc = jdbc;
		records.forEach(r -> this.records.put(r.kind(), r));
	}

	@EventListener
	public void on(ProposalTextChanged changed) {
		index(changed.kind(), changed.id());
	}

	/** Rebuilds the row of one record (or removes it when the record is gone). */
	@Transactional
	public void index(SourceKind kind, long id) {
		List<Row> rows = jdbc.sql(kind == SourceKind.PROPOSAL ? PROPOSAL : REPORT).param("id", id)
			.query((rs, n) -> new Row(rs.getLong("version"), rs.getString("number"), rs.getString("title"),
					rs.getString("proposer_name"), rs.getString("content"), rs.getObject("at", OffsetDateTime.class)))
			.list();
		if (rows.isEmpty()) {
			jdbc.sql("delete from proposals_search_text where source_kind = :k and source_id = :id")
				.param("k", kind.name()).param("id", id).update();
			return;
		}
		Row row = rows.get(0);
		Set<String> grams = Grams.ofText(String.join("\n", row.number(), row.title(), row.proposerName(), row.content()));
		jdbc.sql("""
				insert into proposals_search_text (source_kind, source_id, source_version, number, title, proposer_name,
				  content, grams, title_grams, public_visible, at)
				values (:k, :id, :v, :number, :title, :name, :content, string_to_array(:grams, ' '),
				  string_to_array(:titleGrams, ' '), :public, :at)
				on conflict (source_kind, source_id) do update set source_version = excluded.source_version,
				  number = excluded.number, title = excluded.title, proposer_name = excluded.proposer_name,
				  content = excluded.content, grams = excluded.grams, title_grams = excluded.title_grams,
				  public_visible = excluded.public_visible, at = excluded.at""")
			.param("k", kind.name()).param("id", id).param("v", row.version()).param("number", row.number())
			.param("title", row.title()).param("name", row.proposerName()).param("content", row.content())
			.param("grams", String.join(" ", grams))
			.param("titleGrams", String.join(" ", Grams.ofText(row.title()))).param("public", isPublic(kind, id))
			.param("at", row.at())
			.update();
	}

	/**
	 * Indexes records that are missing or behind; returns how many were rebuilt. Every write of the
	 * workflows indexes its record in its own transaction, so this is only for records written
	 * otherwise (seeds, scripts), and it compares every record with its row: hourly, not every
	 * minute, so that a large deployment does not scan both tables all day.
	 */
	@Scheduled(fixedDelayString = "${tongxin.proposals.search-catch-up:1h}", initialDelayString = "PT30S")
	public int catchUp() {
		int done = 0;
		for (SourceKind kind : SourceKind.values()) {
			List<Long> ids = jdbc.sql(kind == SourceKind.PROPOSAL ? STALE : STALE_REPORTS).param("limit", CATCH_UP_BATCH)
				.query(Long.class).list();
			for (long id : ids) {
				index(kind, id);
				done++;
			}
		}
		if (done > 0) {
			log.info("Search index caught up with {} proposals and reports", done);
		}
		return done;
	}

	/** As the owning part says; a kind without its bean is not public (and not shown at all). */
	private boolean isPublic(SourceKind kind, long id) {
		SourceRecords owner = records.get(kind);
		return owner != null && owner.publicAmong(List.of(id)).contains(id);
	}

	private record Row(long version, String number, String title, String proposerName, String content,
			OffsetDateTime at) {
	}

}
