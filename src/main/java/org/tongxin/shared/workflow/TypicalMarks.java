package org.tongxin.shared.workflow;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.security.Actor;

/**
 * The typical cases (典型案例) of any module: an officer marks a record, with a note saying what it
 * shows, and the work report of its unit and period quotes it. A mark is not a workflow step: it
 * does not change the record or wait for anyone, so it is kept beside the record, in the module's
 * own table ({@link TypicalTable}); marking again rewrites the note. Who may mark is the module's to
 * decide before it calls in here; the module tells the mark in the record's history ({@link Told}).
 */
@Component
public class TypicalMarks {

	/** The field refusals name: the note's textarea on every page, the body's field in every API. */
	public static final String FIELD = "note";

	/** About a paragraph of a work report. */
	public static final int NOTE_MAX = 500;

	private final JdbcClient jdbc;

	TypicalMarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How the module tells a mark in the record's history: the note kept, or null when the mark was taken off. */
	@FunctionalInterface
	public interface Told {

		void told(String note);

	}

	/**
	 * Marks the record, or rewrites the note of its mark, and has the module tell it; a note that is
	 * empty, too long or markup is a Rejection naming {@link #FIELD} and changes nothing.
	 */
	public void mark(TypicalTable table, long recordId, String note, Actor actor, Instant at, Told told) {
		String text = PlainText.check("typical", FIELD, note, NOTE_MAX, true);
		jdbc.sql("""
				insert into %1$s (%2$s, note, marked_by, marked_by_name, marked_at)
				values (:record, :note, :by, :name, :at)
				on conflict (%2$s) do update set note = excluded.note, marked_by = excluded.marked_by,
				  marked_by_name = excluded.marked_by_name, marked_at = excluded.marked_at"""
			.formatted(table.table(), table.recordColumn()))
			.param("record", recordId)
			.param("note", text)
			.param("by", actor.userId())
			.param("name", actor.displayName())
			.param("at", Columns.utc(at))
			.update();
		told.told(text);
	}

	/** Takes the mark off and has the module tell it; a record that was not marked is left as it is, untold. */
	public void unmark(TypicalTable table, long recordId, Told told) {
		int removed = jdbc.sql("delete from %s where %s = :record".formatted(table.table(), table.recordColumn()))
			.param("record", recordId)
			.update();
		if (removed > 0) {
			told.told(null);
		}
	}

	public Optional<TypicalMark> find(TypicalTable table, long recordId) {
		return jdbc.sql("select note, marked_by_name, marked_at from %s where %s = :record"
			.formatted(table.table(), table.recordColumn()))
			.param("record", recordId)
			.query((rs, i) -> new TypicalMark(rs.getString("note"), rs.getString("marked_by_name"),
					Columns.instant(rs, "marked_at")))
			.optional();
	}

}
