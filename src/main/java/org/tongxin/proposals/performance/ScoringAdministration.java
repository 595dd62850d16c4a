package org.tongxin.proposals.performance;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/** Adding a session and changing its dates and points (PROPOSAL_SCORING_MANAGE), audited. */
@Service
@Requires(Privilege.PROPOSAL_SCORING_MANAGE)
public class ScoringAdministration {

	private final ScoringSessionStore store;

	private final AuditLog auditLog;

	ScoringAdministration(ScoringSessionStore store, AuditLog auditLog) {
		this.store = store;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<ScoringSession> list() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public ScoringSession get(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("session", id));
	}

	@Transactional
	public ScoringSession create(Actor actor, SessionInput input) {
		SessionInput.Checked c = input.check();
		if (store.nameTaken(c.name(), null)) {
			throw new Rejection("name", "proposal.scoring.error.name.taken", c.name());
		}
		long id = store.create(c.name(), c.startsOn(), c.endsOn(), c.points());
		auditLog.append(AuditRecord.of("PROPOSAL_SESSION_CREATED").target("proposals_session", id)
			.actor(actor.userId(), actor.displayName()).detail("name", c.name()).detail("points", c.points()));
		return get(id);
	}

	/** Stale version: OptimisticLockingFailureException (409). */
	@Transactional
	public ScoringSession update(Actor actor, long id, long version, SessionInput input) {
		get(id);
		SessionInput.Checked c = input.check();
		if (store.nameTaken(c.name(), id)) {
			throw new Rejection("name", "proposal.scoring.error.name.taken", c.name());
		}
		store.update(id, version, c.name(), c.startsOn(), c.endsOn(), c.points());
		auditLog.append(AuditRecord.of("PROPOSAL_SESSION_CHANGED").target("proposals_session", id)
			.actor(actor.userId(), actor.displayName()).detail("name", c.name()).detail("points", c.points()));
		return get(id);
	}

}
