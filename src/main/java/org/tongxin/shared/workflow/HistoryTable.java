package org.tongxin.shared.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;

/**
 * A module's history as {@link RecordHistory} writes and reads it: its table's layout, and how its
 * own step type splits into the common part ({@link HistoryStep}) and its own columns, and back.
 *
 * @param <E> the module's step type (a case event, a proposal event, a result update, …)
 */
public interface HistoryTable<E> {

	HistoryColumns columns();

	/** The common part of a step to write. */
	HistoryStep common(E step);

	/** Gives the value of every one of {@link HistoryColumns#details()} for a step to write. */
	void details(E step, BiConsumer<String, Object> column);

	/** The module's step from the common part read and the row (its detail columns by name). */
	E read(HistoryStep common, ResultSet row) throws SQLException;

}
