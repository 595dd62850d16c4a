package org.tongxin.org.internal;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.org.ImportReport;
import org.tongxin.org.demo.DemoUnits;

/**
 * On start: an empty network gets the deployment root from configuration; in demo mode a network
 * holding only that root gets the bundled divisions of Wutongqiao and the functional units of
 * the source article. Runs before identity's demo users (@Order(200)), who are placed in these
 * units; a restart finds the work done and changes nothing.
 */
@Component
@Order(100)
class NetworkBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NetworkBootstrap.class);

	static final String DEMO_FILE = "demo/divisions-511112.csv";

	private final UnitRepository repository;

	private final UnitWriter writer;

	private final DivisionImporter importer;

	private final DemoUnits demoUnits;

	private final Deployment deployment;

	private final TransactionTemplate transactions;

	NetworkBootstrap(UnitRepository repository, UnitWriter writer, DivisionImporter importer, DemoUnits demoUnits,
			Deployment deployment, TransactionTemplate transactions) {
		this.repository = repository;
		this.writer = writer;
		this.importer = importer;
		this.demoUnits = demoUnits;
		this.deployment = deployment;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		transactions.executeWithoutResult(status -> {
			if (repository.count() == 0) {
				writer.createRoot(deployment.code(), deployment.name(), deployment.kind());
				log.info("Created the deployment root {} {}", deployment.code(), deployment.name());
			}
		});
		if (deployment.demo() && repository.count() == 1) {
			loadDemo();
		}
	}

	private void loadDemo() throws IOException {
		byte[] file;
		try (InputStream in = new ClassPathResource(DEMO_FILE).getInputStream()) {
			file = in.readAllBytes();
		}
		transactions.executeWithoutResult(status -> {
			ImportReport report = importer.run(file, null);
			if (!report.accepted()) {
				throw new IllegalStateException("Bundled demo divisions refused: " + report.problems());
			}
			demoUnits.create();
		});
		log.info("Loaded the demo network of {}", deployment.name());
	}

}
