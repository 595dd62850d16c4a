package org.tongxin.demands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.demands.DemandStatus;
import org.tongxin.org.UnitScope;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.SystemActor;

/**
 * Whose turn a step is, without Spring: the access class offers only what the case's status allows
 * ({@link DemandCase#STEPS}), and of that only what is the actor's part: dispatchers accept and
 * decline, handlers answer, co-handlers note progress, the requester rates, leaders supervise.
 */
class CaseAccessTest {

	/** As {@link DemandCaseTest#at} makes the cases: arisen in the village, its requester 9, its lead 7. */
	private static final long VILLAGE = 40;

	private static final long REQUESTER = 9;

	private static final long LEAD = 7;

	private static final long CO_HANDLER = 8;

	private final CaseAccess access = new CaseAccess(null, null);

	private final Actor dispatcher = actor(3, Privilege.DEMAND_DISPATCH);

	private final Actor leader = actor(4, Privilege.DEMAND_SUPERVISE);

	@Test
	void noActorIsOfferedAStepTheStatusDoesNotAllow() {
		List<Actor> everyone = List.of(dispatcher, leader, actor(LEAD, Privilege.DEMAND_HANDLE),
				actor(CO_HANDLER, Privilege.DEMAND_HANDLE), actor(REQUESTER));
		for (DemandStatus status : DemandStatus.values()) {
			for (Actor actor : everyone) {
				assertThat(steps(actor, at(status))).as(actor.userId() + " at " + status)
					.isSubsetOf(DemandCase.STEPS.at(status));
			}
		}
	}

	@Test
	void aSubmittedCaseIsTheDispatchersToAcceptOrDecline() {
		assertThat(steps(dispatcher, at(DemandStatus.SUBMITTED))).containsExactlyInAnyOrder(CaseStep.ACCEPT,
				CaseStep.DECLINE, CaseStep.ATTACH);
		assertThat(steps(actor(REQUESTER), at(DemandStatus.SUBMITTED))).containsExactly(CaseStep.ATTACH);
		assertThat(steps(leader, at(DemandStatus.SUBMITTED))).containsExactly(CaseStep.SUPERVISE);
	}

	@Test
	void aCaseBeingHandledIsTheLeadsToAnswerAndCoHandlersNoteProgress() {
		DemandCase handling = at(DemandStatus.HANDLING);
		assertThat(steps(actor(LEAD), handling)).containsExactlyInAnyOrder(CaseStep.TRANSFER, CaseStep.ANSWER,
				CaseStep.PROGRESS, CaseStep.ATTACH);
		assertThat(steps(actor(CO_HANDLER), handling)).containsExactlyInAnyOrder(CaseStep.PROGRESS, CaseStep.ATTACH);
		assertThat(steps(dispatcher, handling)).containsExactlyInAnyOrder(CaseStep.TRANSFER, CaseStep.ATTACH);
		assertThat(steps(actor(REQUESTER), handling)).containsExactly(CaseStep.ATTACH);
	}

	@Test
	void anAnswerIsTheRequestersToRateAndAClosedCaseNobodysToTouch() {
		assertThat(steps(actor(REQUESTER), at(DemandStatus.ANSWERED))).containsExactlyInAnyOrder(CaseStep.RATE,
				CaseStep.ATTACH);
		assertThat(steps(dispatcher, at(DemandStatus.ANSWERED))).doesNotContain(CaseStep.RATE);
		assertThat(steps(leader, at(DemandStatus.CLOSED))).isEmpty();
		assertThat(steps(dispatcher, at(DemandStatus.DECLINED))).isEmpty();
	}

	private Set<CaseStep> steps(Actor actor, DemandCase c) {
		UnitScope units = actor.privileges().isEmpty() ? UnitScope.noUnit() : UnitScope.everyUnit();
		return access.steps(actor, new CaseScope(actor.userId(), units), c, List.of(CO_HANDLER));
	}

	private static Actor actor(long userId, Privilege... privileges) {
		Set<Privilege> held = EnumSet.noneOf(Privilege.class);
		held.addAll(List.of(privileges));
		return new SystemActor(userId, "u" + userId, "用户" + userId, VILLAGE, DataScope.ALL, held);
	}

	private static DemandCase at(DemandStatus status) {
		return DemandCaseTest.at(status);
	}

}
