package org.tongxin.proposals.reports;

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
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.proposals.SourceRef;
import org.tongxin.proposals.events.DecisionLinked;
import org.tongxin.shared.security.Actor;

/**
 * Reports as the decisions, search and figures parts see them, with this part's scope rules: a
 * report may be linked to a decision when {@link Report#STEPS} allows its status a LINK (accepted
 * ones; {@code report.link.status} names the status otherwise), and a link is recorded in the
 * report's history as DECISION_LINKED.
 */
@Component
class ReportRecords implements SourceRecords {

	private final JdbcClient jdbc;

	private final ReportAccess access;

	private final ReportHistory history;

	private final java.time.Clock clock;

	private final ApplicationEventPublisher events;

	ReportRecords(JdbcClient jdbc, ReportAccess access, ReportHistory history, java.time.Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.REPORT;
	}

	@Override
	@Transactional(readOnly = true)
	public SourceRef visible(Actor actor, long id) {
		return ref(access.visible(actor, id));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, SourceRef> visibleAmong(Actor actor, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		StringBuilder where = new StringBuilder(" and r.id in (:ids)");
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		access.scope(actor).appendTo(where, params);
		return load(where.toString(), params);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, SourceRef> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return load(" and r.id in (:ids)", Map.of("ids", ids));
	}

	/** Reports are never public: each is seen by its reporter's side and by unit. */
	@Override
	public Set<Long> publicAmong(Collection<Long> ids) {
		return Set.of();
	}

	@Override
	public Optional<Set<Long>> beyondPublic(Actor actor, int atMost) {
		ReportScope scope = access.scope(actor);
		if (!scope.reporterSideOnly()) {
			return Optional.empty();
		}
		StringBuilder where = new StringBuilder("select r.id from proposals_report r where ");
		Map<String, Object> params = new HashMap<>();
		scope.appendReporterSide(where, params);
		params.put("atMost", atMost + 1);
		List<Long> ids = jdbc.sql(where + " limit :atMost").params(params).query(Long.class).list();
		return ids.size() > atMost ? Optional.empty() : Optional.of(Set.copyOf(ids));
	}

	@Override
	public java.util.Optional<Long> idOfNumber(String number) {
		return jdbc.sql("select id from proposals_report where report_no = :no")
			.param("no", number.strip().toUpperCase(java.util.Locale.ROOT))
			.query(Long.class)
			.optional();
	}

	@Override
	public void recordLinked(Actor actor, long id, long decisionId, String decisionReference, java.time.Instant at) {
		history.append(id, at, actor.userId(), actor.displayName(), ReportEventKind.DECISION_LINKED,
				decisionReference, null, decisionId);
		events.publishEvent(new DecisionLinked(SourceKind.REPORT, id, decisionId, at, actor.userId()));
	}

	private Map<Long, SourceRef> load(String where, Map<String, Object> params) {
		Map<Long, SourceRef> found = new LinkedHashMap<>();
		jdbc.sql("select " + ReportStore.COLUMNS + ReportStore.FROM + " where true" + where + " order by r.id")
			.params(params)
			.query(ReportStore.ROW)
			.list()
			.forEach(r -> found.put(r.id(), ref(r)));
		return found;
	}

	static SourceRef ref(Report r) {
		return new SourceRef(SourceKind.REPORT, r.id(), r.reportNo(), r.text().currentTitle(), r.reporter().name(),
				r.status().name(), r.linkRefusal(),
				org.tongxin.shared.OfficeTime.dateOf(r.submittedAt()));
	}

}
