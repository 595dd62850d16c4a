package org.tongxin.proposals.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.TypicalMark;
import org.tongxin.shared.workflow.TypicalMarks;
import org.tongxin.shared.workflow.TypicalTable;

/**
 * Typical cases (典型案例) among reports of social conditions: who reviews reports marks one in sight,
 * at any status, with a note the work report of its unit and period quotes. Each mark and unmark is
 * told in the report's history.
 */
@Service
@Transactional
public class TypicalReports {

	public static final TypicalTable TABLE = new TypicalTable("proposals_typical_report", "report_id");

	private final ReportAccess access;

	private final TypicalMarks marks;

	private final ReportHistory history;

	private final Clock clock;

	TypicalReports(ReportAccess access, TypicalMarks marks, ReportHistory history, Clock clock) {
		this.access = access;
		this.marks = marks;
		this.history = history;
		this.clock = clock;
	}

	/** Marks the report as typical, or rewrites its note; out of sight a 404, without the right a 403. */
	public void mark(Actor actor, long id, String note) {
		markable(actor, id);
		Instant now = clock.instant();
		marks.mark(TABLE, id, note, actor, now, text -> history.append(id, now, actor.userId(), actor.displayName(),
				ReportEventKind.TYPICAL_MARKED, text, null, null));
	}

	/** Takes the mark off; a report that was not marked is left as it is, without a history entry. */
	public void unmark(Actor actor, long id) {
		markable(actor, id);
		Instant now = clock.instant();
		marks.unmark(TABLE, id, text -> history.append(id, now, actor.userId(), actor.displayName(),
				ReportEventKind.TYPICAL_UNMARKED, null, null, null));
	}

	@Transactional(readOnly = true)
	public Optional<TypicalMark> find(long id) {
		return marks.find(TABLE, id);
	}

	private void markable(Actor actor, long id) {
		access.visible(actor, id);
		if (!ReportAccess.reviews(actor)) {
			throw new AccessDeniedException("user " + actor.userId() + " may not mark report " + id + " as typical");
		}
	}

}
