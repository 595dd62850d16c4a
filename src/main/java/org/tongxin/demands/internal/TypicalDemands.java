package org.tongxin.demands.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.demands.EventKind;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.TypicalMark;
import org.tongxin.shared.workflow.TypicalMarks;
import org.tongxin.shared.workflow.TypicalTable;

/**
 * Typical cases (典型案例) among demands: who may supervise a case may also mark it as typical, at any
 * status, with a note the work report of its unit and period quotes; marking again rewrites the
 * note. Each mark and unmark is told in the case's history. The mark changes nothing of the case,
 * so it takes no version: two officers editing the note keep the last one written.
 */
@Service
@Transactional
public class TypicalDemands {

	public static final TypicalTable TABLE = new TypicalTable("demands_typical", "case_id");

	private final CaseAccess access;

	private final TypicalMarks marks;

	private final CaseHistory history;

	private final Clock clock;

	public TypicalDemands(CaseAccess access, TypicalMarks marks, CaseHistory history, Clock clock) {
		this.access = access;
		this.marks = marks;
		this.history = history;
		this.clock = clock;
	}

	/** Marks the case as typical, or rewrites its note; a case out of scope is a 404, no right to a 403. */
	public void mark(Actor actor, long id, String note) {
		DemandCase c = mayMark(actor, id);
		Instant now = clock.instant();
		marks.mark(TABLE, id, note, actor, now, text -> history
			.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.TYPICAL_MARKED, text)));
	}

	/** Takes the mark off; a case that was not marked is left as it is, without a history entry. */
	public void unmark(Actor actor, long id) {
		DemandCase c = mayMark(actor, id);
		Instant now = clock.instant();
		marks.unmark(TABLE, id, text -> history
			.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.TYPICAL_UNMARKED, null)));
	}

	@Transactional(readOnly = true)
	public Optional<TypicalMark> find(long id) {
		return marks.find(TABLE, id);
	}

	private DemandCase mayMark(Actor actor, long id) {
		DemandCase c = access.visible(actor, id);
		if (!access.mayMarkTypical(actor, c)) {
			throw new AccessDeniedException("user " + actor.userId() + " may not mark case " + id + " as typical");
		}
		return c;
	}

}
