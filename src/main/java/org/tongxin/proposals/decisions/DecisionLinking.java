package org.tongxin.proposals.decisions;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRef;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Turning proposals and reports into decisions (转化为决策): from a decision's page (kind and id),
 * from a source's page (an existing decision or a new one, in one transaction), and what a source's
 * page shows about its decision. The rules are {@link SourceLinks}'.
 */
@Service
public class DecisionLinking {

	private final SourceLinks links;

	private final SourceDirectory sources;

	private final DecisionStore decisions;

	private final ResultStore results;

	private final DecisionVisibility visibility;

	private final DecisionBook book;

	private final AuditLog auditLog;

	public DecisionLinking(SourceLinks links, SourceDirectory sources, DecisionStore decisions, ResultStore results,
			DecisionVisibility visibility, DecisionBook book, AuditLog auditLog) {
		this.links = links;
		this.sources = sources;
		this.decisions = decisions;
		this.results = results;
		this.visibility = visibility;
		this.book = book;
		this.auditLog = auditLog;
	}

	/** What the "转化为决策" form offers for a source: the source (404 if unseen) and the newest decisions. */
	public record Choice(SourceRef source, SourceDecision current, List<Decision> decisions) {
	}

	@Requires(Privilege.DECISION_MANAGE)
	@Transactional
	public SourceRef link(Actor actor, long decisionId, LinkDraft draft) {
		SourceKind kind = DecisionRules.kind(draft.kind());
		Decision decision = visibility.visible(actor, decisionId);
		// the number people know (JY2021000007, XX2021000012) or the id
		String typed = draft.sourceId() == null ? "" : draft.sourceId().strip();
		long sourceId = typed.isEmpty() || typed.chars().allMatch(Character::isDigit) ? DecisionRules.sourceId(typed)
				: sources.of(kind, -1).idOfNumber(typed)
					.orElseThrow(() -> new Rejection("sourceId", "decision.source.number.unknown", typed));
		return linked(actor, decision, kind, sourceId);
	}

	/** Links the source to a new decision made of {@code draft}: both or neither. */
	@Requires(Privilege.DECISION_MANAGE)
	@Transactional
	public Decision linkToNew(Actor actor, SourceKind kind, long sourceId, DecisionDraft draft) {
		// the source first: an unseen or unlinkable source creates no decision
		SourceRef source = sources.of(kind, sourceId).visible(actor, sourceId);
		if (!source.linkable()) {
			throw new org.tongxin.shared.domain.Rejection("source", source.notLinkableCode(), source.status());
		}
		Decision decision = book.created(actor, draft);
		if (!source.submittedBy(decision.decidedOn())) {
			// on the form's date field: the new decision is what was mistyped (rolled back with it)
			throw SourceLinks.submittedAfter("decidedOn", source, decision.decidedOn());
		}
		linked(actor, decision, kind, sourceId);
		return decision;
	}

	@Requires(Privilege.DECISION_MANAGE)
	@Transactional(readOnly = true)
	public Choice choice(Actor actor, SourceKind kind, long sourceId) {
		SourceDecision current = of(actor, kind, sourceId);
		return new Choice(current.source(), current, decisions.recent(50));
	}

	/** The source's decision and its results' progress, for whoever sees the source (404 otherwise). */
	@Transactional(readOnly = true)
	public SourceDecision of(Actor actor, SourceKind kind, long sourceId) {
		SourceRef source = sources.of(kind, sourceId).visible(actor, sourceId);
		return decisions.decisionOf(kind, sourceId)
			.map(link -> new SourceDecision(source, decisions.find(link.id()).orElseThrow(), results.ofDecision(link.id()),
					false))
			.orElseGet(() -> new SourceDecision(source, null, List.of(),
					actor.can(Privilege.DECISION_MANAGE) && source.linkable()));
	}

	private SourceRef linked(Actor actor, Decision decision, SourceKind kind, long sourceId) {
		SourceRef source = links.link(actor, decision.id(), decision.reference(), decision.decidedOn(), kind, sourceId);
		auditLog.append(AuditRecord.of("DECISION_SOURCE_LINKED").target("decision", decision.id())
			.detail("kind", kind).detail("source", sourceId).detail("number", source.number()));
		return source;
	}

}
