package org.tongxin.audit.internal;

import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.tongxin.audit.AuditChainVerifier;
import org.tongxin.audit.AuditVerification;

/**
 * The verification command: {@code java -jar tongxin.jar --tongxin.audit.verify-and-exit=true}
 * verifies the chain once the platform has started, prints the outcome and exits with 0 when the
 * chain is intact, 1 when it is broken, for cron jobs and monitoring. Against the embedded
 * database, stop the running platform first (it holds the data directory); pass
 * {@code --server.port=0} when another instance holds the port.
 */
@Component
@ConditionalOnProperty(name = "tongxin.audit.verify-and-exit", havingValue = "true")
class VerifyAndExitRunner implements ApplicationRunner {

	private final AuditChainVerifier verifier;

	private final IntConsumer exit;

	@Autowired
	VerifyAndExitRunner(AuditChainVerifier verifier, ApplicationContext context) {
		this(verifier, code -> System.exit(SpringApplication.exit(context, () -> code)));
	}

	VerifyAndExitRunner(AuditChainVerifier verifier, IntConsumer exit) {
		this.verifier = verifier;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerification result = verifier.verify();
		System.out.println(describe(result));
		exit.accept(result.ok() ? 0 : 1);
	}

	static String describe(AuditVerification result) {
		if (result.ok()) {
			return "Audit chain intact: " + result.checked() + " records verified.";
		}
		if (result.firstBrokenId() == null) {
			return "Audit chain BROKEN (" + result.reason() + "): the checkpoint file is not genuine.";
		}
		return "Audit chain BROKEN at record " + result.firstBrokenId() + " (" + result.reason() + ") after "
				+ result.checked() + " records.";
	}

}
