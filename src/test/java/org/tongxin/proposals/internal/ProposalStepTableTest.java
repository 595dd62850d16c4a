package org.tongxin.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection;

/**
 * The proposal workflow's one table, without Spring: which steps each status allows, and every step
 * refused at every status that does not allow it, naming the status with a message in both languages.
 */
class ProposalStepTableTest {

	private static final Set<ProposalAction> EDITING = EnumSet.of(ProposalAction.EDIT, ProposalAction.INVITE, ProposalAction.WITHDRAW, ProposalAction.SIGN, ProposalAction.SUBMIT);

	private static final Map<ProposalStatus, Set<ProposalAction>> EXPECTED = Map.of(ProposalStatus.DRAFT, EDITING,
			ProposalStatus.RETURNED, EDITING,
			ProposalStatus.SUBMITTED, EnumSet.of(ProposalAction.REGISTER, ProposalAction.DECLINE, ProposalAction.MERGE, ProposalAction.RETURN),
			ProposalStatus.REGISTERED, EnumSet.of(ProposalAction.ASSIGN),
			ProposalStatus.HANDLING, EnumSet.of(ProposalAction.CO_OPINION, ProposalAction.REPLY),
			ProposalStatus.REPLIED, EnumSet.of(ProposalAction.FEEDBACK));

	@Test
	void eachStatusAllowsItsStepsAndAFinalStatusNone() {
		for (ProposalStatus status : ProposalStatus.values()) {
			assertThat(Proposal.STEPS.at(status)).as(status.name())
				.isEqualTo(EXPECTED.getOrDefault(status, EnumSet.noneOf(ProposalAction.class)));
		}
	}

	@Test
	void aStepTheStatusAllowsPasses() {
		EXPECTED.forEach((status, steps) -> steps.forEach(step -> Proposal.STEPS.require(status, step)));
	}

	@Test
	void everyOtherStepIsRefusedNamingTheStatusWithAMessageInBothLanguages() throws IOException {
		Properties zh = bundle("proposals.properties");
		Properties en = bundle("proposals_en.properties");
		for (ProposalStatus status : ProposalStatus.values()) {
			Set<ProposalAction> allowed = EXPECTED.getOrDefault(status, EnumSet.noneOf(ProposalAction.class));
			for (ProposalAction step : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
				String code = "proposal.state." + step.name().toLowerCase();
				assertThatThrownBy(() -> Proposal.STEPS.require(status, step)).as(status + " " + step)
					.isInstanceOfSatisfying(Rejection.class, r -> {
						assertThat(r.problems().get(0).field()).isEqualTo("status");
						assertThat(r.problems().get(0).code()).isEqualTo(code);
					});
				assertThat(zh).as(code).containsKey(code);
				assertThat(en).as(code).containsKey(code);
			}
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

}
