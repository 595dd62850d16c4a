package org.tongxin.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.TypicalMark;
import org.tongxin.shared.workflow.TypicalMarks;
import org.tongxin.shared.workflow.TypicalTable;

/**
 * Typical cases (典型案例) among proposals: the reviewers (PROPOSAL_REVIEW, who see every proposal)
 * mark one at any status with a note the work report of its unit and period quotes; marking again
 * rewrites the note. Each mark and unmark is told in the proposal's history.
 */
@Service
@Transactional
public class TypicalProposals {

	public static final TypicalTable TABLE = new TypicalTable("proposals_typical_proposal", "proposal_id");

	private final ProposalAccess access;

	private final TypicalMarks marks;

	private final ProposalHistory history;

	private final Clock clock;

	TypicalProposals(ProposalAccess access, TypicalMarks marks, ProposalHistory history, Clock clock) {
		this.access = access;
		this.marks = marks;
		this.history = history;
		this.clock = clock;
	}

	/** Whether the actor may mark proposals as typical: a reviewer who sees every proposal. */
	public boolean mayMark(Actor actor) {
		return actor.can(Privilege.PROPOSAL_REVIEW) && access.scope(actor).seesAll();
	}

	/** Marks the proposal as typical, or rewrites its note; out of sight a 404, without the right a 403. */
	public void mark(Actor actor, long id, String note) {
		Proposal p = markable(actor, id);
		Instant now = clock.instant();
		marks.mark(TABLE, id, note, actor, now, text -> history
			.append(ProposalEvent.of(p, now, actor.userId(), actor.displayName(), ProposalEventKind.TYPICAL_MARKED, text)));
	}

	/** Takes the mark off; a proposal that was not marked is left as it is, without a history entry. */
	public void unmark(Actor actor, long id) {
		Proposal p = markable(actor, id);
		Instant now = clock.instant();
		marks.unmark(TABLE, id, text -> history
			.append(ProposalEvent.of(p, now, actor.userId(), actor.displayName(), ProposalEventKind.TYPICAL_UNMARKED, null)));
	}

	@Transactional(readOnly = true)
	public Optional<TypicalMark> find(long id) {
		return marks.find(TABLE, id);
	}

	private Proposal markable(Actor actor, long id) {
		Proposal p = access.visible(actor, id).proposal();
		if (!mayMark(actor)) {
			throw new AccessDeniedException("user " + actor.userId() + " may not mark proposal " + id + " as typical");
		}
		return p;
	}

}
