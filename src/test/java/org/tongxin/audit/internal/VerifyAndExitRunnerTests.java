package org.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.tongxin.audit.AuditVerification;
import org.tongxin.audit.AuditVerification.Reason;

class VerifyAndExitRunnerTests {

	@Test
	void anIntactChainExitsWithZero() {
		assertThat(exitCodeFor(AuditVerification.intact(12))).isZero();
	}

	@Test
	void aBrokenChainExitsWithOne() {
		assertThat(exitCodeFor(AuditVerification.brokenAt(7, Reason.CONTENT_ALTERED, 7))).isEqualTo(1);
	}

	@Test
	void theOutcomeNamesTheBrokenRecord() {
		assertThat(VerifyAndExitRunner.describe(AuditVerification.brokenAt(7, Reason.CHAIN_BROKEN, 7)))
			.contains("record 7").contains("CHAIN_BROKEN");
	}

	private static int exitCodeFor(AuditVerification outcome) {
		AtomicInteger code = new AtomicInteger(-1);
		new VerifyAndExitRunner(() -> outcome, code::set).run(new DefaultApplicationArguments());
		return code.get();
	}

}
