package org.tongxin.inbox.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WaitingWorkSource;

/**
 * Reads every open record of a record type into the inbox once: on the first start with the inbox,
 * and on the first start after a module with a new type of workflow record arrives. After that,
 * the workflows' events keep it current. Runs after the demo loaders; several nodes starting at
 * once build each type once (a database lock).
 */
@Component
@Order(1000)
class InboxBuild implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InboxBuild.class);

	private final WaitingWorkSources sources;

	private final InboxProjection projection;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	InboxBuild(WaitingWorkSources sources, InboxProjection projection, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.sources = sources;
		this.projection = projection;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (WaitingWorkSource source : sources.all()) {
			transactions.executeWithoutResult(tx -> {
				jdbc.sql("select pg_advisory_xact_lock(hashtextextended('inbox-build', 0))").query((rs, n) -> 1).list();
				if (!built(source.type())) {
					build(source);
				}
			});
		}
	}

	/** Every open record, then the type is marked built: one transaction, all or nothing. */
	private void build(WaitingWorkSource source) {
		List<Long> open = new ArrayList<>();
		source.forEachOpenRecord(open::add);
		open.forEach(id -> projection.refresh(new RecordRef(source.type(), id)));
		jdbc.sql("insert into inbox_source (record_type, built_at) values (:type, :at)")
			.param("type", source.type())
			.param("at", Columns.utc(clock.instant()))
			.update();
		log.info("Inbox: read {} open {} records", open.size(), source.type());
	}

	private boolean built(String type) {
		return jdbc.sql("select count(*) from inbox_source where record_type = :type")
			.param("type", type)
			.query(Long.class)
			.single() > 0;
	}

}
