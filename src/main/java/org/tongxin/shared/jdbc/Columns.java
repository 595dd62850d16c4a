package org.tongxin.shared.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reading and binding the column types the stores written with plain statements share: nullable
 * ids, timestamps (bound as UTC offsets, which the PostgreSQL driver takes where it refuses an
 * Instant) and dates.
 */
public final class Columns {

	private Columns() {
	}

	/** An instant as a statement parameter (null stays null). */
	public static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * A {@code timestamptz} column as an instant. Read as an OffsetDateTime, which the driver builds
	 * directly, not as a Timestamp, which it builds through a Calendar (a list of twenty cases spent
	 * an eighth of its request there).
	 */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	/** A {@code date} column, read as a LocalDate directly (not through java.sql.Date and a Calendar). */
	public static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
