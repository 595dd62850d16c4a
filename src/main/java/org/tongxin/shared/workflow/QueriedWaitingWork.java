package org.tongxin.shared.workflow;

import java.util.function.LongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every {@link WaitingWorkSource} writes the same way: the module and record type it answers
 * for, and its open records as one fixed query of ids (for the inbox's first build). A source
 * extends this and says only what waits on one record ({@link #waitingOn}).
 */
public abstract class QueriedWaitingWork implements WaitingWorkSource {

	private final String module;

	private final String type;

	private final JdbcClient jdbc;

	private final String openIds;

	/**
	 * @param openIds fixed SQL selecting the ids of every record that may have waiting work, in order
	 */
	protected QueriedWaitingWork(String module, String type, JdbcClient jdbc, String openIds) {
		this.module = module;
		this.type = type;
		this.jdbc = jdbc;
		this.openIds = openIds;
	}

	// not final: a source with @Transactional methods is a class-based proxy, whose final methods
	// would run on the proxy's own, empty fields
	@Override
	public String module() {
		return module;
	}

	@Override
	public String type() {
		return type;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachOpenRecord(LongConsumer recordId) {
		jdbc.sql(openIds).query(Long.class).list().forEach(recordId::accept);
	}

	/** The database, for a source that reads what waits with a statement of its own. */
	protected JdbcClient jdbc() {
		return jdbc;
	}

}
