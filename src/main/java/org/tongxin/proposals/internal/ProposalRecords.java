package org.tongxin.proposals.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.proposals.SourceRef;
import org.tongxin.proposals.events.DecisionLinked;
import org.tongxin.shared.security.Actor;

/** Proposals as decisions, search and figures see them, with this part's own scope rules. */
@Component
public class ProposalRecords implements SourceRecords {

	private final ProposalAccess access;

	private final ProposalStore store;

	private final ProposalHistory history;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ProposalRecords(ProposalAccess access, ProposalStore store, ProposalHistory history, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.store = store;
		this.history = history;
		this.jdbc = jdbc;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.PROPOSAL;
	}

	@Override
	public SourceRef visible(Actor actor, long id) {
		return ref(access.visible(actor, id).proposal());
	}

	@Override
	public Map<Long, SourceRef> visibleAmong(Actor actor, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		StringBuilder where = new StringBuilder("where p.id in (:ids)");
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		access.scope(actor).appendTo(where, params);
		return refs("select " + ProposalStore.COLUMNS + " from proposals_proposal p " + where, params);
	}

	@Override
	public Set<Long> publicAmong(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select p.id from proposals_proposal p where p.id in (:ids) and " + ProposalScope.PUBLIC)
			.param("ids", ids).query(Long.class).list());
	}

	@Override
	public Optional<Set<Long>> beyondPublic(Actor actor, int atMost) {
		ProposalScope scope = access.scope(actor);
		if (!scope.proposerSideOnly()) {
			return Optional.empty();
		}
		Map<String, Object> params = new HashMap<>();
		String ids = scope.proposerSideIds(params);
		params.put("atMost", atMost + 1);
		List<Long> found = jdbc.sql("select id from (" + ids + ") side limit :atMost").params(params).query(Long.class)
			.list();
		return found.size() > atMost ? Optional.empty() : Optional.of(Set.copyOf(found));
	}

	@Override
	public java.util.Optional<Long> idOfNumber(String number) {
		return store.idOfNumber(number);
	}

	@Override
	public Map<Long, SourceRef> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return refs("select " + ProposalStore.COLUMNS + " from proposals_proposal p where p.id in (:ids)", Map.of("ids", ids));
	}

	@Override
	public void recordLinked(Actor actor, long id, long decisionId, String decisionReference, Instant at) {
		Proposal p = access.visible(actor, id).proposal();
		history.append(ProposalEvent.of(p, at, actor.userId(), actor.displayName(),
				ProposalEventKind.DECISION_LINKED, decisionReference).related(decisionId));
		events.publishEvent(new DecisionLinked(SourceKind.PROPOSAL, id, decisionId, at, actor.userId()));
	}

	private Map<Long, SourceRef> refs(String sql, Map<String, ?> params) {
		Map<Long, SourceRef> refs = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query(ProposalStore.ROW).list().forEach(p -> refs.put(p.id(), ref(p)));
		return refs;
	}

	static SourceRef ref(Proposal p) {
		return new SourceRef(SourceKind.PROPOSAL, p.id(), p.proposalNo(), p.text().title(), p.proposer().name(), p.status().name(),
				p.status().isRegistered() ? null : "proposal.link.status",
				p.dates().submittedAt() == null ? null : org.tongxin.shared.OfficeTime.dateOf(p.dates().submittedAt()));
	}

}
