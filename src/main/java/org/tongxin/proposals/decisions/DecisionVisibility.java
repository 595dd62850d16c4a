package org.tongxin.proposals.decisions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongxin.org.UnitAccess;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.proposals.SourceRef;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;

/**
 * Who sees a decision (ADR 0007): managers of decisions and PROPOSAL_VIEW holders of scope ALL see
 * every one; anyone else sees a decision when they see one of its sources (the proposer included,
 * as the source's part decides) or their unit owns one of its results. Otherwise 404, the same as
 * an unknown id.
 */
@Component
public class DecisionVisibility {

	private final DecisionStore decisions;

	private final ResultStore results;

	private final SourceDirectory sources;

	private final UnitAccess access;

	DecisionVisibility(DecisionStore decisions, ResultStore results, SourceDirectory sources, UnitAccess access) {
		this.decisions = decisions;
		this.results = results;
		this.sources = sources;
		this.access = access;
	}

	Decision visible(Actor actor, long id) {
		Decision decision = decisions.find(id).orElseThrow(() -> new NotFoundException("decision", id));
		if (OwnerCondition.seesAll(actor)) {
			return decision;
		}
		OwnerCondition owner = OwnerCondition.of(actor, access);
		if (!owner.ownsNone() && results.ownsOneOf(id, owner)) {
			return decision;
		}
		if (!seen(actor, decisions.links(id)).isEmpty()) {
			return decision;
		}
		throw new NotFoundException("decision", id);
	}

	/** The ids of the decisions the actor sees through their sources (all-seeing actors are not asked). */
	Set<Long> throughSources(Actor actor) {
		Set<Long> ids = new HashSet<>();
		seen(actor, decisions.links(null)).forEach(link -> ids.add(link.decisionId()));
		return ids;
	}

	/** The sources of the links that the actor sees (all of them, unchecked, for an all-seeing actor), in link order. */
	List<SourceRef> sourcesOf(Actor actor, List<DecisionStore.Link> links) {
		boolean all = OwnerCondition.seesAll(actor);
		Map<SourceKind, Map<Long, SourceRef>> found = new java.util.EnumMap<>(SourceKind.class);
		byKind(links).forEach((kind, ids) -> sources.find(kind)
			.ifPresent(records -> found.put(kind, all ? records.find(ids) : records.visibleAmong(actor, ids))));
		List<SourceRef> refs = new ArrayList<>();
		for (DecisionStore.Link link : links) {
			SourceRef ref = found.getOrDefault(link.kind(), Map.of()).get(link.sourceId());
			if (ref != null) {
				refs.add(ref);
			}
		}
		return refs;
	}

	private List<DecisionStore.Link> seen(Actor actor, List<DecisionStore.Link> links) {
		Map<SourceKind, Set<Long>> visible = new java.util.EnumMap<>(SourceKind.class);
		byKind(links).forEach((kind, ids) -> {
			SourceRecords records = sources.find(kind).orElse(null);
			visible.put(kind, records == null ? Set.of() : records.visibleAmong(actor, ids).keySet());
		});
		return links.stream().filter(l -> visible.getOrDefault(l.kind(), Set.of()).contains(l.sourceId())).toList();
	}

	private static Map<SourceKind, Set<Long>> byKind(List<DecisionStore.Link> links) {
		return links.stream().collect(Collectors.groupingBy(DecisionStore.Link::kind,
				() -> new java.util.EnumMap<>(SourceKind.class), Collectors.mapping(DecisionStore.Link::sourceId, Collectors.toSet())));
	}

}
