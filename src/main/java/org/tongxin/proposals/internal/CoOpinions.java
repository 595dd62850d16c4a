package org.tongxin.proposals.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.security.Actor;

/**
 * The co-handling opinions (会办意见) of a proposal's current round, read from its history: each
 * opinion names the co-handling unit it was given for. A unit that has given its opinion in the
 * round no longer waits to give one; a re-handling round asks every unit again.
 */
@Component
public class CoOpinions {

	private final JdbcClient jdbc;

	CoOpinions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The co-handling units that have given their opinion on the proposal in {@code round}. */
	Set<Long> given(long proposalId, int round) {
		return new HashSet<>(jdbc.sql("""
				select distinct unit_id from proposals_event
				where proposal_id = :id and kind = 'CO_OPINION' and round = :round and unit_id is not null""")
			.param("id", proposalId)
			.param("round", round)
			.query(Long.class)
			.list());
	}

	/**
	 * The co-handling unit an actor's opinion is given for: their home unit when it is one; else,
	 * of the co-handling units in their scope (a town officer's villages), the first still waiting
	 * for its opinion, or the first at all. Null when no co-handling unit lies in their scope.
	 */
	static Long unitFor(Actor actor, ProposalScope scope, List<ProposalStore.CoUnit> coUnits, Set<Long> given) {
		List<ProposalStore.CoUnit> admitted = coUnits.stream().filter(u -> scope.admitsUnit(u.unitId(), u.unitPath())).toList();
		return admitted.stream()
			.filter(u -> u.unitId() == actor.homeUnitId())
			.findFirst()
			.or(() -> admitted.stream().filter(u -> !given.contains(u.unitId())).findFirst())
			.or(() -> admitted.stream().findFirst())
			.map(ProposalStore.CoUnit::unitId)
			.orElse(null);
	}

}
