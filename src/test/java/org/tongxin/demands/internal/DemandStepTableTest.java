package org.tongxin.demands.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.demands.DemandStatus;
import org.tongxin.shared.domain.Rejection;

/**
 * The demand workflow's one table, without Spring: which steps each status allows, and every step
 * refused at every status that does not allow it, naming the status field and the step's message.
 */
class DemandStepTableTest {

	private static final Map<DemandStatus, Set<CaseStep>> EXPECTED = Map.of(
			DemandStatus.SUBMITTED, EnumSet.of(CaseStep.ACCEPT, CaseStep.DECLINE, CaseStep.SUPERVISE, CaseStep.ATTACH),
			DemandStatus.HANDLING, EnumSet.of(CaseStep.TRANSFER, CaseStep.PROGRESS, CaseStep.ANSWER, CaseStep.SUPERVISE, CaseStep.ATTACH),
			DemandStatus.ANSWERED, EnumSet.of(CaseStep.RATE, CaseStep.SUPERVISE, CaseStep.ATTACH),
			DemandStatus.DECLINED, EnumSet.noneOf(CaseStep.class),
			DemandStatus.CLOSED, EnumSet.noneOf(CaseStep.class));

	@Test
	void eachStatusAllowsItsStepsAndAFinalStatusNone() {
		for (DemandStatus status : DemandStatus.values()) {
			assertThat(DemandCase.STEPS.at(status)).as(status.name()).isEqualTo(EXPECTED.get(status));
		}
	}

	@Test
	void aStepTheStatusAllowsPasses() {
		EXPECTED.forEach((status, steps) -> steps.forEach(step -> DemandCase.STEPS.require(status, step)));
	}

	@Test
	void everyOtherStepIsRefusedNamingTheStatus() {
		for (DemandStatus status : DemandStatus.values()) {
			for (CaseStep step : EnumSet.complementOf(EnumSet.copyOf(EXPECTED.get(status)))) {
				assertThatThrownBy(() -> DemandCase.STEPS.require(status, step)).as(status + " " + step)
					.isInstanceOfSatisfying(Rejection.class, r -> {
						assertThat(r.problems().get(0).field()).isEqualTo("status");
						assertThat(r.problems().get(0).code()).isEqualTo("demand.state." + step.name().toLowerCase());
					});
			}
		}
	}

}
