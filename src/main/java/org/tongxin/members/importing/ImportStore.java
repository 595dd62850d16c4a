package org.tongxin.members.importing;

import static org.tongxin.shared.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staged imports and their problems (members_import, members_import_problem). */
@Repository
class ImportStore {

	private static final String COLUMNS = "id, owner_user_id, file_name, file_sha256, status, rows_total, rows_new, rows_existing,"
			+ " rows_changed_by_update, rows_changed_by_fill, rows_bad, rows_to_confirm, mode, created_count, updated_count,"
			+ " confirmed_count, created_at, finished_at";

	/** Separates stored message arguments; a leading {@code @} marks an argument that is itself a message code. */
	private static final String ARG_SEPARATOR = "\u001f";

	/** The advisory lock key that serialises confirmations ("MIMP" in ASCII). */
	private static final long APPLY_LOCK = 0x4d494d50L;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ImportStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(long owner, String fileName, String sha256, byte[] sealedFile, ImportCounts c, String mapping, Instant now) {
		return jdbc.sql("""
				insert into members_import (owner_user_id, file_name, file_sha256, file_enc, status, rows_total, rows_new,
				  rows_existing, rows_changed_by_update, rows_changed_by_fill, rows_bad, rows_to_confirm, header_mapping, created_at)
				values (:owner, :name, :sha, :file, :status, :total, :fresh, :existing, :byUpdate, :byFill, :bad, :toConfirm,
				  :mapping, :now)
				returning id""")
			.param("owner", owner)
			.param("status", c == null ? "MAPPING" : "STAGED")
			.param("mapping", mapping)
			.param("name", fileName)
			.param("sha", sha256)
			.param("file", sealedFile)
			.param("total", c == null ? 0 : c.total())
			.param("fresh", c == null ? 0 : c.fresh())
			.param("existing", c == null ? 0 : c.existing())
			.param("byUpdate", c == null ? 0 : c.changedByUpdate())
			.param("byFill", c == null ? 0 : c.changedByFill())
			.param("bad", c == null ? 0 : c.bad())
			.param("toConfirm", c == null ? 0 : c.toConfirm())
			.param("now", at(now))
			.query(Long.class)
			.single();
	}

	/** An import analysed again with another column mapping: new figures, problems and checks replace the old. */
	void restaged(long id, ImportCounts c, String mapping) {
		jdbc.sql("delete from members_import_problem where import_id = :id").param("id", id).update();
		jdbc.sql("delete from members_import_identity_check where import_id = :id").param("id", id).update();
		jdbc.sql("""
				update members_import set status = 'STAGED', rows_total = :total, rows_new = :fresh, rows_existing = :existing,
				  rows_changed_by_update = :byUpdate, rows_changed_by_fill = :byFill, rows_bad = :bad, rows_to_confirm = :toConfirm,
				  header_mapping = :mapping
				where id = :id""")
			.param("total", c.total())
			.param("fresh", c.fresh())
			.param("existing", c.existing())
			.param("byUpdate", c.changedByUpdate())
			.param("byFill", c.changedByFill())
			.param("bad", c.bad())
			.param("toConfirm", c.toConfirm())
			.param("mapping", mapping)
			.param("id", id)
			.update();
	}

	/** The column mapping an import was read with (JSON), if it was kept. */
	Optional<String> headerMapping(long id) {
		return jdbc.sql("select header_mapping from members_import where id = :id and header_mapping is not null")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** The other names of the fields (members_import_header_synonym): normalised header to target key. */
	Map<String, String> synonyms() {
		Map<String, String> synonyms = new HashMap<>();
		jdbc.sql("select header, field_key from members_import_header_synonym")
			.query(rs -> {
				synonyms.put(rs.getString(1), rs.getString(2));
			});
		return synonyms;
	}

	/** The mapping a user last chose for sheets of this shape. */
	Optional<String> remembered(long owner, String shape) {
		return jdbc.sql("select header_mapping from members_import_mapping where owner_user_id = :owner and shape_sha256 = :shape")
			.param("owner", owner)
			.param("shape", shape)
			.query(String.class)
			.optional();
	}

	void remember(long owner, String shape, String mapping, Instant now) {
		jdbc.sql("""
				insert into members_import_mapping (owner_user_id, shape_sha256, header_mapping, updated_at)
				values (:owner, :shape, :mapping, :now)
				on conflict (owner_user_id, shape_sha256) do update set header_mapping = excluded.header_mapping,
				  updated_at = excluded.updated_at""")
			.param("owner", owner)
			.param("shape", shape)
			.param("mapping", mapping)
			.param("now", at(now))
			.update();
	}

	void insertProblems(long importId, List<RowProblem> problems) {
		List<Object[]> args = new ArrayList<>(problems.size());
		int seq = 0;
		int lastRow = -1;
		for (RowProblem p : problems) {
			seq = p.row() == lastRow ? seq + 1 : 0;
			lastRow = p.row();
			args.add(new Object[] { importId, p.row(), seq, p.column().name(), p.code(), joinArgs(p.args()) });
		}
		template.batchUpdate("insert into members_import_problem (import_id, row_number, seq, column_key, code, args)"
				+ " values (?, ?, ?, ?, ?, ?)", args);
	}

	void insertChecks(long importId, List<IdentityCheck> checks) {
		template.batchUpdate("insert into members_import_identity_check (import_id, row_number, person_id, registered_name, row_name)"
				+ " values (?, ?, ?, ?, ?)", checks.stream()
					.map(c -> new Object[] { importId, c.row(), c.personId(), c.registeredName(), c.rowName() })
					.toList());
	}

	/** The rows awaiting confirmation (or, once applied, with whether they were confirmed), in row order. */
	List<IdentityCheck> checks(long importId, int limit) {
		return jdbc.sql("""
				select row_number, person_id, registered_name, row_name, confirmed from members_import_identity_check
				where import_id = :id order by row_number limit :limit""")
			.param("id", importId)
			.param("limit", limit)
			.query((rs, n) -> new IdentityCheck(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
			.list();
	}

	/** Of the given rows, those that do not await confirmation in this import. */
	List<Integer> notAwaitingConfirmation(long importId, Collection<Integer> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select r from unnest(:rows) r where not exists (select 1 from members_import_identity_check c
				  where c.import_id = :id and c.row_number = r) order by r""")
			.param("rows", rows.toArray(Integer[]::new))
			.param("id", importId)
			.query(Integer.class)
			.list();
	}

	void confirmed(long importId, List<Integer> rows) {
		if (!rows.isEmpty()) {
			jdbc.sql("update members_import_identity_check set confirmed = true where import_id = :id and row_number = any(:rows)")
				.param("id", importId)
				.param("rows", rows.toArray(Integer[]::new))
				.update();
		}
	}

	/** Makes one import's confirmation wait for any other being applied (two copies of one sheet must not both insert). */
	void awaitOtherApplies() {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", APPLY_LOCK).query(Object.class).single();
	}

	Optional<ImportRecord> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from members_import where id = :id").param("id", id).query(this::record).optional();
	}

	/** The record, locked until the transaction ends: two confirmations of one import cannot both proceed. */
	Optional<ImportRecord> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from members_import where id = :id for update")
			.param("id", id)
			.query(this::record)
			.optional();
	}

	Optional<byte[]> sealedFile(long id) {
		return jdbc.sql("select file_enc from members_import where id = :id and file_enc is not null")
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	List<ImportRecord> recent(long owner, int limit) {
		return jdbc.sql("select " + COLUMNS + " from members_import where owner_user_id = :owner order by created_at desc, id desc limit :limit")
			.param("owner", owner)
			.param("limit", limit)
			.query(this::record)
			.list();
	}

	void applied(long id, ImportMode mode, int created, int updated, int confirmed, Instant now) {
		jdbc.sql("update members_import set status = 'APPLIED', mode = :mode, created_count = :created, updated_count = :updated,"
				+ " confirmed_count = :confirmed, finished_at = :now, file_enc = null where id = :id")
			.param("mode", mode.name())
			.param("confirmed", confirmed)
			.param("created", created)
			.param("updated", updated)
			.param("now", at(now))
			.param("id", id)
			.update();
	}

	void discarded(long id, Instant now) {
		jdbc.sql("update members_import set status = 'DISCARDED', finished_at = :now, file_enc = null where id = :id")
			.param("now", at(now))
			.param("id", id)
			.update();
	}

	List<RowProblem> problems(long importId, int offset, int limit) {
		return jdbc.sql("""
				select row_number, column_key, code, args from members_import_problem
				where import_id = :id order by row_number, seq offset :offset limit :limit""")
			.param("id", importId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new RowProblem(rs.getInt(1), ImportColumn.valueOf(rs.getString(2)), rs.getString(3),
					splitArgs(rs.getString(4))))
			.list();
	}

	private ImportRecord record(ResultSet rs, int n) throws SQLException {
		String mode = rs.getString("mode");
		return new ImportRecord(rs.getLong("id"), rs.getLong("owner_user_id"), rs.getString("file_name"),
				rs.getString("file_sha256"), ImportRecord.Status.valueOf(rs.getString("status")),
				new ImportCounts(rs.getInt("rows_total"), rs.getInt("rows_new"), rs.getInt("rows_existing"),
						rs.getInt("rows_changed_by_update"), rs.getInt("rows_changed_by_fill"), rs.getInt("rows_bad"),
						rs.getInt("rows_to_confirm")),
				mode == null ? null : ImportMode.valueOf(mode), (Integer) rs.getObject("created_count"),
				(Integer) rs.getObject("updated_count"), (Integer) rs.getObject("confirmed_count"), instant(rs, "created_at"),
				instant(rs, "finished_at"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static String joinArgs(Object[] args) {
		List<String> parts = new ArrayList<>();
		for (Object arg : args) {
			parts.add(arg instanceof MessageSourceResolvable r && r.getCodes() != null ? "@" + r.getCodes()[0] : String.valueOf(arg));
		}
		String joined = String.join(ARG_SEPARATOR, parts);
		return joined.length() > 500 ? joined.substring(0, 500) : joined;
	}

	static Object[] splitArgs(String stored) {
		if (stored == null || stored.isEmpty()) {
			return new Object[0];
		}
		String[] parts = stored.split(ARG_SEPARATOR, -1);
		Object[] args = new Object[parts.length];
		for (int i = 0; i < parts.length; i++) {
			String code = parts[i].substring(Math.min(1, parts[i].length()));
			// a default message: a stored text that merely starts with @ is shown as written, never an error
			args[i] = parts[i].startsWith("@") ? new DefaultMessageSourceResolvable(new String[] { code }, null, code) : parts[i];
		}
		return args;
	}

}
