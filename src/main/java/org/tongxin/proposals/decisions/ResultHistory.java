package org.tongxin.proposals.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;
import org.tongxin.shared.workflow.HistoryColumns;
import org.tongxin.shared.workflow.HistoryStep;
import org.tongxin.shared.workflow.HistoryTable;
import org.tongxin.shared.workflow.RecordHistory;

/**
 * The dated updates of implementation results ({@code proposals_result_update}), kept by the kernel's
 * {@link RecordHistory}: one kind of step (an update), no rounds, no files; an update's own column is
 * the progress it reached.
 */
@Component
public class ResultHistory implements HistoryTable<ResultHistory.Entry> {

	/** An update as written: who posted it (by id as well as by name) and the update. */
	record Entry(long actorUserId, ResultUpdate update) {
	}

	private static final HistoryColumns COLUMNS = HistoryColumns.of("proposals_result_update", "result_id")
		.withoutKinds()
		.withoutRounds()
		.withDetails("progress");

	private final RecordHistory history;

	ResultHistory(RecordHistory history) {
		this.history = history;
	}

	void append(long resultId, int progress, String note, long userId, String userName, Instant at) {
		history.append(this, new Entry(userId, new ResultUpdate(0, resultId, at, progress, note, userName)));
	}

	/** The updates of several results in one statement, each result's oldest first (the timeline reads downward). */
	List<ResultUpdate> of(Collection<Long> resultIds) {
		return history.timelines(this, resultIds).steps().stream().map(Entry::update).toList();
	}

	@Override
	public HistoryColumns columns() {
		return COLUMNS;
	}

	@Override
	public HistoryStep common(Entry e) {
		ResultUpdate u = e.update();
		return HistoryStep.of(u.resultId(), u.at(), e.actorUserId(), u.actorName(), null, 0, u.note());
	}

	@Override
	public void details(Entry e, BiConsumer<String, Object> column) {
		column.accept("progress", e.update().progress());
	}

	@Override
	public Entry read(HistoryStep s, ResultSet rs) throws SQLException {
		return new Entry(s.actorUserId(),
				new ResultUpdate(s.id(), s.recordId(), s.at(), rs.getInt("progress"), s.note(), s.actorName()));
	}

}
