package org.tongxin.proposals.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.Timeline;

/** Builds {@link ProposalDetail} for the page and the API in a fixed number of statements. */
@Service
@Transactional(readOnly = true)
public class ProposalViews {

	private final ProposalAccess access;

	private final ProposalHistory history;

	private final ProposalCategories categories;

	private final Units units;

	private final JdbcClient jdbc;

	ProposalViews(ProposalAccess access, ProposalHistory history, ProposalCategories categories, Units units,
			JdbcClient jdbc) {
		this.access = access;
		this.history = history;
		this.categories = categories;
		this.units = units;
		this.jdbc = jdbc;
	}

	public ProposalDetail detail(Actor actor, long id, Locale locale) {
		ProposalScope scope = access.scope(actor);
		ProposalStore.Loaded loaded = access.visible(scope, id);
		Proposal p = loaded.proposal();
		Timeline<ProposalEvent> timeline = history.timeline(id);
		List<ProposalEvent> events = timeline.steps();
		List<ProposalDetail.Ref> related = jdbc.sql("""
				select id, proposal_no, title, merged_into_id from proposals_proposal
				where id = :into or merged_into_id = :id order by id""")
			.param("into", p.mergedIntoId() == null ? -1L : p.mergedIntoId())
			.param("id", id)
			.query((rs, n) -> new ProposalDetail.Ref(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		ProposalDetail.Ref into = related.stream().filter(r -> Long.valueOf(r.id()).equals(p.mergedIntoId())).findFirst()
			.orElse(null);
		List<ProposalDetail.Ref> joined = related.stream().filter(r -> r != into).toList();
		Set<Long> unitIds = new HashSet<>();
		unitIds.add(p.proposerUnitId());
		if (p.leadUnitId() != null) {
			unitIds.add(p.leadUnitId());
		}
		loaded.coUnits().forEach(u -> unitIds.add(u.unitId()));
		events.stream().filter(e -> e.unitId() != null).forEach(e -> unitIds.add(e.unitId()));
		Map<Long, String> names = new HashMap<>();
		units.findAll(unitIds).forEach(u -> names.put(u.id(), u.name()));
		List<ProposalDetail.Step> steps = new ArrayList<>(events.size());
		for (ProposalEvent e : events) {
			steps.add(new ProposalDetail.Step(e.at(), e.actorName(), e.kind(), e.round(), e.note(),
					e.unitId() == null ? null : names.get(e.unitId()), e.relatedId(), e.dueDate(),
					ProposalDetail.File.of(timeline.filesOf(e.id())), e.grades()));
		}
		return new ProposalDetail(p.id(), p.proposalNo(), p.categoryCode(),
				categories.find(p.categoryCode()).map(c -> c.name(locale)).orElse(p.categoryCode()), p.title(), p.body(),
				p.proposerKind(), p.proposerName(), names.get(p.proposerUnitId()), p.status(), p.round(),
				p.publicVisible(), p.createdAt(), p.submittedAt(), p.reviewNote(), into, joined,
				p.leadUnitId() == null ? null : names.get(p.leadUnitId()),
				loaded.coUnits().stream().map(u -> names.get(u.unitId())).toList(), p.dueDate(), p.repliedAt(), p.reply(),
				p.feedback(), p.closedAt(), loaded.coSigners(), steps, ProposalDetail.File.of(timeline.files()), access.steps(actor, scope, loaded), p.version());
	}

}
