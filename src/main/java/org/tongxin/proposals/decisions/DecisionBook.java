package org.tongxin.proposals.decisions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.Units;
import org.tongxin.proposals.SourceRef;
import org.tongxin.proposals.events.DecisionChanged;
import org.tongxin.proposals.events.DecisionRecorded;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Decisions on behalf of an actor: the list and page they may see, and creating and changing
 * decisions (DECISION_MANAGE, declared for method security). A taken reference (文号) is refused
 * on its field, also when two people take it at once (the unique key); a stale version answers 409.
 */
@Service
public class DecisionBook {

	/** Decisions are few (tens a year in a district): the list shows them all, up to this many. */
	static final int LIST_LIMIT = 500;

	private final DecisionStore decisions;

	private final ResultStore results;

	private final ResultHistory updates;

	private final DecisionVisibility visibility;

	private final UnitAccess access;

	private final Units units;

	private final AuditLog auditLog;

	private final DecisionDates dates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public DecisionBook(DecisionStore decisions, ResultStore results, ResultHistory updates, DecisionVisibility visibility, UnitAccess access, Units units,
			AuditLog auditLog, DecisionDates dates, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.dates = dates;
		this.decisions = decisions;
		this.results = results;
		this.updates = updates;
		this.visibility = visibility;
		this.access = access;
		this.units = units;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DecisionRow> list(Actor actor, Integer year, Issuer issuer) {
		if (OwnerCondition.seesAll(actor)) {
			return decisions.list(year, issuer, null, null, LIST_LIMIT);
		}
		Set<Long> throughSources = visibility.throughSources(actor);
		return decisions.list(year, issuer, throughSources, OwnerCondition.of(actor, access), LIST_LIMIT);
	}

	@Transactional(readOnly = true)
	public DecisionDetail detail(Actor actor, long id) {
		Decision decision = visibility.visible(actor, id);
		List<DecisionStore.Link> links = decisions.links(id);
		List<SourceRef> sources = visibility.sourcesOf(actor, links);
		List<Result> list = results.ofDecision(id);
		Map<Long, String> unitNames = units.namesOf(list.stream().map(r -> r.owner().unitId()).collect(Collectors.toSet()));
		Map<Long, List<ResultUpdate>> timelines = updates.of(list.stream().map(Result::id).toList()).stream()
			.collect(Collectors.groupingBy(ResultUpdate::resultId));
		OwnerCondition owner = OwnerCondition.of(actor, access);
		boolean manages = actor.can(Privilege.DECISION_MANAGE);
		List<ResultView> views = list.stream().map(r -> new ResultView(r, unitNames.get(r.owner().unitId()),
				timelines.getOrDefault(r.id(), List.of()), ResultProgress.mayUpdate(manages, owner, r))).toList();
		return new DecisionDetail(decision, sources, links.size() - sources.size(), views, manages);
	}

	/** For the edit form: the decision as stored (managers see every one). */
	@Requires(Privilege.DECISION_MANAGE)
	@Transactional(readOnly = true)
	public Decision decision(Actor actor, long id) {
		return visibility.visible(actor, id);
	}

	@Requires(Privilege.DECISION_MANAGE)
	@Transactional
	public Decision create(Actor actor, DecisionDraft draft) {
		return created(actor, draft);
	}

	/** Creating as a step of another (the "转化为决策" form), inside the caller's transaction. */
	Decision created(Actor actor, DecisionDraft draft) {
		DecisionValues values = notAhead(DecisionRules.decision(draft));
		checkReference(values.reference(), null);
		long id;
		java.time.Instant now = clock.instant();
		try {
			id = decisions.insert(values, actor.userId(), now);
		}
		catch (DuplicateKeyException ex) {
			throw new Rejection("reference", "decision.reference.taken", values.reference());
		}
		auditLog.append(described(AuditRecord.of("DECISION_CREATED").target("decision", id), values));
		events.publishEvent(new DecisionRecorded(id, values.issuer().name(), values.decidedOn(), now, actor.userId()));
		return decisions.find(id).orElseThrow();
	}

	@Requires(Privilege.DECISION_MANAGE)
	@Transactional
	public Decision edit(Actor actor, long id, DecisionDraft draft) {
		Decision current = visibility.visible(actor, id);
		if (draft.version() == null) {
			throw new Rejection("version", "decision.version.required");
		}
		DecisionValues values = notAhead(DecisionRules.decision(draft));
		dates.checkChanged(id, values.decidedOn());
		checkReference(values.reference(), id);
		try {
			decisions.update(id, draft.version(), values);
		}
		catch (DuplicateKeyException ex) {
			throw new Rejection("reference", "decision.reference.taken", values.reference());
		}
		auditLog.append(described(AuditRecord.of("DECISION_CHANGED").target("decision", id), values)
			.detail("referenceBefore", current.reference()));
		events.publishEvent(new DecisionChanged(id, values.decidedOn(), clock.instant(), actor.userId()));
		return decisions.find(id).orElseThrow();
	}

	private void checkReference(String reference, Long except) {
		if (decisions.referenceTaken(reference, except)) {
			throw new Rejection("reference", "decision.reference.taken", reference);
		}
	}

	private static AuditRecord described(AuditRecord record, DecisionValues v) {
		return record.detail("issuer", v.issuer()).detail("reference", v.reference()).detail("decidedOn", v.decidedOn());
	}

	private DecisionValues notAhead(DecisionValues values) {
		DecisionDates.notAhead(values.decidedOn(), org.tongxin.shared.OfficeTime.today(clock));
		return values;
	}

}
