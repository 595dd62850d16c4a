package org.tongxin.proposals.decisions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRef;
import org.tongxin.shared.domain.Rejection;

/**
 * The order of a decision's dates, which people type and can mistype: a decision is made after the
 * proposals and reports it was made of were submitted, and is not in the future; its results start
 * and are due on or after the decision; an update of a result is not posted before the result
 * starts. Each refusal names the field and the date it collides with. (Linking a source to an
 * existing decision is checked in {@link SourceLinks}.)
 */
@Component
public class DecisionDates {

	private final DecisionStore decisions;

	private final ResultStore results;

	private final SourceDirectory sources;

	DecisionDates(DecisionStore decisions, ResultStore results, SourceDirectory sources) {
		this.decisions = decisions;
		this.results = results;
		this.sources = sources;
	}

	/** A decision is recorded once it is made: a date after today is a typing error. */
	static void notAhead(LocalDate decidedOn, LocalDate today) {
		if (decidedOn.isAfter(today)) {
			throw new Rejection("decidedOn", "decision.decidedOn.future", decidedOn.toString(), today.toString());
		}
	}

	/** A changed decision date must still come after its sources and before its results' dates and updates. */
	void checkChanged(long decisionId, LocalDate decidedOn) {
		latestSource(decisions.links(decisionId)).filter(source -> !source.submittedBy(decidedOn))
			.ifPresent(source -> {
				throw new Rejection("decidedOn", "decision.decidedOn.beforeSource", source.number(),
						source.submittedOn().toString(), decidedOn.toString());
			});
		ResultStore.FirstDates first = results.firstDates(decisionId);
		if (first.planned() != null && first.planned().isBefore(decidedOn)) {
			throw new Rejection("decidedOn", "decision.decidedOn.afterResult", first.planned().toString(),
					decidedOn.toString());
		}
		if (first.updated() != null && first.updated().isBefore(decidedOn)) {
			throw new Rejection("decidedOn", "decision.decidedOn.afterUpdate", first.updated().toString(),
					decidedOn.toString());
		}
	}

	/** A new result of the decision: its start (or, without one, its due date) not before the decision. */
	static ResultValues checkResult(Decision decision, ResultValues values) {
		LocalDate decided = decision.decidedOn();
		List<Rejection.FieldProblem> problems = new java.util.ArrayList<>();
		if (values.startsOn() != null && values.startsOn().isBefore(decided)) {
			problems.add(new Rejection.FieldProblem("startsOn", "decision.result.startBeforeDecision",
					values.startsOn().toString(), decided.toString()));
		}
		if (values.dueOn() != null && values.dueOn().isBefore(decided)) {
			problems.add(new Rejection.FieldProblem("dueOn", "decision.result.dueBeforeDecision", values.dueOn().toString(),
					decided.toString()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return values;
	}

	/** An update is dated today: not before the result starts. */
	static void checkUpdate(Result result, LocalDate today) {
		if (result.startsOn() != null && today.isBefore(result.startsOn())) {
			throw new Rejection("progress", "decision.update.beforeStart", result.startsOn().toString(), today.toString());
		}
	}

	/** Of the linked sources, the one submitted last (whatever the actor sees: the dates bind the decision). */
	private Optional<SourceRef> latestSource(List<DecisionStore.Link> links) {
		Map<SourceKind, List<Long>> byKind = links.stream()
			.collect(Collectors.groupingBy(DecisionStore.Link::kind,
					Collectors.mapping(DecisionStore.Link::sourceId, Collectors.toList())));
		return byKind.entrySet()
			.stream()
			.flatMap(e -> sources.find(e.getKey()).map(r -> r.find(e.getValue()).values().stream())
				.orElseGet(java.util.stream.Stream::empty))
			.filter(s -> s.submittedOn() != null)
			.max(Comparator.comparing(SourceRef::submittedOn));
	}

}
