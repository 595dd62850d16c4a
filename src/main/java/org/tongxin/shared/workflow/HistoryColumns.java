package org.tongxin.shared.workflow;

import java.util.List;
import java.util.stream.Stream;

/**
 * The layout of a module's history table, for {@link RecordHistory}: the table, the record's column,
 * whether it keeps a kind and a round per step, the module's own columns (named in code, written and
 * read by the module's {@link HistoryTable}), and the attachment table whose files each step brought
 * (joined through its {@code event_id}), if the record has files. Every history table also has
 * {@code id}, {@code at}, {@code actor_user_id}, {@code actor_name} and {@code note}.
 */
public record HistoryColumns(String table, String recordColumn, boolean kinds, boolean rounds, List<String> details,
		AttachmentTable files) {

	/** The parameter and column names the kernel's statements use themselves. */
	private static final java.util.Set<String> RESERVED = java.util.Set.of("id", "ids", "record", "record_id", "at",
			"actor", "actor_user_id", "actor_name", "kind", "round", "note", "file_id", "file_name", "content_type",
			"size_bytes", "uploaded_at", "uploaded_by");

	public HistoryColumns {
		SqlNames.check(table);
		SqlNames.check(recordColumn);
		details = List.copyOf(details);
		for (String detail : details) {
			if (RESERVED.contains(SqlNames.check(detail))) {
				throw new IllegalArgumentException("a detail column may not be called " + detail);
			}
		}
	}

	/** A history with a kind and a round per step, no details of its own and no files. */
	public static HistoryColumns of(String table, String recordColumn) {
		return new HistoryColumns(table, recordColumn, true, true, List.of(), null);
	}

	public HistoryColumns withDetails(String... columns) {
		return new HistoryColumns(table, recordColumn, kinds, rounds, List.of(columns), files);
	}

	public HistoryColumns withFiles(AttachmentTable attachments) {
		return new HistoryColumns(table, recordColumn, kinds, rounds, details, attachments);
	}

	/** For a history whose steps come in no rounds (the round reads as 0). */
	public HistoryColumns withoutRounds() {
		return new HistoryColumns(table, recordColumn, kinds, false, details, files);
	}

	/** For a history of one kind of step (the kind reads as null). */
	public HistoryColumns withoutKinds() {
		return new HistoryColumns(table, recordColumn, false, rounds, details, files);
	}

	/** insert … returning id, with :record, :at, :actor, :actorName, :kind, :round, :note and each detail by its name. */
	String insert() {
		List<String> columns = Stream.of(Stream.of(recordColumn, "at", "actor_user_id", "actor_name"),
				kinds ? Stream.of("kind") : Stream.<String>empty(), rounds ? Stream.of("round") : Stream.<String>empty(),
				Stream.of("note"), details.stream()).flatMap(s -> s).toList();
		List<String> values = Stream.of(Stream.of(":record", ":at", ":actor", ":actorName"),
				kinds ? Stream.of(":kind") : Stream.<String>empty(), rounds ? Stream.of(":round") : Stream.<String>empty(),
				Stream.of(":note"), details.stream().map(d -> ":" + d)).flatMap(s -> s).toList();
		return "insert into " + table + " (" + String.join(", ", columns) + ") values (" + String.join(", ", values)
				+ ") returning id";
	}

	/** The latest {@code last_at} of each kind of step of the record :record (a history with kinds). */
	String lastOfEachKind() {
		if (!kinds) {
			throw new IllegalStateException(table + " keeps one kind of step: there is no last step of each kind");
		}
		return "select e.kind, max(e.at) as last_at from " + table + " e where e." + recordColumn
				+ " = :record group by e.kind";
	}

	/** The steps of the records in :ids, oldest first per record, each joined with the files it brought. */
	String select() {
		StringBuilder sql = new StringBuilder("select e.id, e.").append(recordColumn)
			.append(" as record_id, e.at, e.actor_user_id, e.actor_name, ")
			.append(kinds ? "e.kind" : "null").append(" as kind, ")
			.append(rounds ? "e.round" : "0").append(" as round, e.note");
		details.forEach(d -> sql.append(", e.").append(d));
		if (files != null) {
			sql.append(", f.id as file_id, f.file_name, f.content_type, f.size_bytes, f.uploaded_at, f.uploaded_by");
		}
		sql.append(" from ").append(table).append(" e");
		if (files != null) {
			sql.append(" left join ").append(files.table()).append(" f on f.event_id = e.id");
		}
		sql.append(" where e.").append(recordColumn).append(" in (:ids) order by e.").append(recordColumn)
			.append(", e.at, e.id");
		return files == null ? sql.toString() : sql.append(", f.id").toString();
	}

}
