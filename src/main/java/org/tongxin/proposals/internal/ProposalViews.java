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

	private final TypicalProposals typical;

	ProposalViews(ProposalAccess access, ProposalHistory history, ProposalCategories categories, Units units,
			JdbcClient jdbc, TypicalProposals typical) {
		this.typical = typical;
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
		Map<Long, String> names = unitNames(loaded, timeline.steps());
		List<ProposalDetail.Step> steps = new ArrayList<>(timeline.steps().size());
		for (ProposalEvent e : timeline.steps()) {
			steps.add(new ProposalDetail.Step(e.at(), e.actorName(), e.kind(), e.round(), e.note(),
					e.unitId() == null ? null : names.get(e.unitId()), e.relatedId(), e.dueDate(),
					ProposalDetail.File.of(timeline.filesOf(e.id())), e.grades()));
		}
		String category = p.text().categoryCode();
		ProposalDetail.Text text = new ProposalDetail.Text(category,
				categories.find(category).map(c -> c.name(locale)).orElse(category), p.text().title(), p.text().body());
		ProposalDetail.Submission submission = new ProposalDetail.Submission(p.proposer().kind(), p.proposer().name(),
				names.get(p.proposer().unitId()), loaded.coSigners(), p.dates().createdAt(), p.dates().submittedAt());
		return new ProposalDetail(p.id(), p.proposalNo(), p.status(), p.round(), p.version(), text, submission, review(p),
				handling(loaded, names), steps, ProposalDetail.File.of(timeline.files()),
				new ProposalDetail.Allowed(ProposalAccess.steps(actor, scope, loaded), typical.mayMark(actor)));
	}

	/** The review with the proposal this one was merged into and those merged into this one (one statement). */
	private ProposalDetail.Review review(Proposal p) {
		Long mergedIntoId = p.review().mergedIntoId();
		List<ProposalDetail.Ref> related = jdbc.sql("""
				select id, proposal_no, title, merged_into_id from proposals_proposal
				where id = :into or merged_into_id = :id order by id""")
			.param("into", mergedIntoId == null ? -1L : mergedIntoId)
			.param("id", p.id())
			.query((rs, n) -> new ProposalDetail.Ref(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		ProposalDetail.Ref into = related.stream()
			.filter(r -> Long.valueOf(r.id()).equals(mergedIntoId))
			.findFirst()
			.orElse(null);
		return new ProposalDetail.Review(p.review().publicVisible(), p.review().note(), into,
				related.stream().filter(r -> r != into).toList(), typical.find(p.id()).orElse(null));
	}

	private static ProposalDetail.Handling handling(ProposalStore.Loaded loaded, Map<Long, String> names) {
		Proposal p = loaded.proposal();
		Long lead = p.handling().leadUnitId();
		return new ProposalDetail.Handling(lead == null ? null : names.get(lead),
				loaded.coUnits().stream().map(u -> names.get(u.unitId())).toList(), p.handling().dueDate(),
				p.answer().repliedAt(), p.answer().reply(), p.answer().feedback(), p.dates().closedAt());
	}

	/** The names of every unit the proposal and its history name, read at once. */
	private Map<Long, String> unitNames(ProposalStore.Loaded loaded, List<ProposalEvent> events) {
		Proposal p = loaded.proposal();
		Set<Long> unitIds = new HashSet<>();
		unitIds.add(p.proposer().unitId());
		if (p.handling().leadUnitId() != null) {
			unitIds.add(p.handling().leadUnitId());
		}
		loaded.coUnits().forEach(u -> unitIds.add(u.unitId()));
		events.stream().filter(e -> e.unitId() != null).forEach(e -> unitIds.add(e.unitId()));
		Map<Long, String> names = new HashMap<>();
		units.findAll(unitIds).forEach(u -> names.put(u.id(), u.name()));
		return names;
	}

}
