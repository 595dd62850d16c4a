package org.tongxin.proposals.decisions;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.proposals.SourceRef;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The rules of turning a proposal or report into a decision (ADR 0007): the actor manages
 * decisions and sees the source (otherwise 404, as an unknown id); the source is linkable now
 * (registered or later, accepted; otherwise refused naming its status); and a source belongs to
 * one decision only, so a second link is refused naming the decision it already belongs to, also
 * when two people link it at the same moment; and a decision cannot have been made of a source
 * before the source was submitted (refused naming both dates). The owning part records the link in the source's
 * history, in the caller's transaction.
 */
@Component
public class SourceLinks {

	private final SourceDirectory sources;

	private final SourceLinkTable links;

	private final Clock clock;

	@Autowired
	public SourceLinks(SourceDirectory sources, DecisionStore links, Clock clock) {
		this.sources = sources;
		this.links = links;
		this.clock = clock;
	}

	/** For plain tests of the rules: hand-written sources and link table. */
	SourceLinks(Map<SourceKind, SourceRecords> sources, SourceLinkTable links, Clock clock) {
		this.sources = new SourceDirectory(sources);
		this.links = links;
		this.clock = clock;
	}

	/** Links the source to the decision (id, reference, date) and answers the source as linked. */
	SourceRef link(Actor actor, long decisionId, String reference, java.time.LocalDate decidedOn, SourceKind kind,
			long sourceId) {
		if (!actor.can(Privilege.DECISION_MANAGE)) {
			throw new AccessDeniedException("user " + actor.userId() + " may not link sources to decisions");
		}
		SourceRecords records = sources.of(kind, sourceId);
		SourceRef source = records.visible(actor, sourceId);
		if (!source.linkable()) {
			// the status in the reader's language (proposal.status.DECLINED: 不予立案)
			throw new Rejection("source", source.notLinkableCode(), new org.springframework.context.support.DefaultMessageSourceResolvable(
					new String[] { kind.name().toLowerCase(java.util.Locale.ROOT) + ".status." + source.status() }, source.status()));
		}
		if (!source.submittedBy(decidedOn)) {
			throw submittedAfter("source", source, decidedOn);
		}
		links.decisionOf(kind, sourceId).ifPresent(taken -> {
			throw taken(source, taken);
		});
		java.time.Instant now = clock.instant();
		if (!links.insert(decisionId, kind, sourceId, actor.userId(), now)) {
			// linked by someone else between the look-up and the insert: name their decision
			throw links.decisionOf(kind, sourceId).map(taken -> taken(source, taken))
				.orElseGet(() -> new Rejection("source", "decision.source.busy", source.number()));
		}
		records.recordLinked(actor, sourceId, decisionId, reference, now);
		return source;
	}

	/** The decision's date is before the source was submitted: refused on {@code field}, naming both dates. */
	static Rejection submittedAfter(String field, SourceRef source, java.time.LocalDate decidedOn) {
		return new Rejection(field, "decision.source.submittedAfter", source.number(), source.submittedOn().toString(),
				decidedOn.toString());
	}

	private static Rejection taken(SourceRef source, SourceLinkTable.LinkedDecision decision) {
		return new Rejection("source", "decision.source.taken", source.number(), decision.reference(), decision.id());
	}

}
