package org.tongxin.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * One application node per database, held as a PostgreSQL session-level advisory lock on a
 * connection of its own (outside the pool, which may close its connections at any time). The
 * server releases it when that session ends: a clean stop, a killed process (the kernel closes
 * the socket), or a vanished host (server-side TCP keepalives end the session within a minute).
 *
 * <p>Why one node: the member search index is a Lucene index local to each node, and Hibernate
 * Search's outbox-polling hands each node a share of the index work, so with two nodes each index
 * would hold only part of the changes (issue 13). Until that is made right, a second node is
 * refused at start.
 */
final class NodeLock implements AutoCloseable {

	/** Arbitrary but fixed ("TongxinN" in ASCII); advisory locks are per database. */
	static final long KEY = 0x546F6E6778696E4EL;

	private static final String HOLDER = """
			SELECT a.application_name, host(a.client_addr), to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ')
			FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1
			  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
			""";

	private final Connection connection;

	private NodeLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock for the node named {@code node}, or returns empty with the holder's
	 * description (its name, address and start) when another node has it.
	 */
	static NodeLock acquire(String url, String user, String password, String node) throws SQLException, OtherNode {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		// what the other node sees when it is refused; PostgreSQL keeps 63 bytes of it
		properties.setProperty("ApplicationName", node);
		properties.setProperty("tcpKeepAlive", "true");
		// server side: a node whose host vanished (no FIN, no RST) loses the lock within a minute
		properties.setProperty("options", "-c tcp_keepalives_idle=30 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=3");
		Connection connection = DriverManager.getConnection(url, properties);
		try {
			if (tryLock(connection)) {
				return new NodeLock(connection);
			}
			throw new OtherNode(holder(connection).orElse("?"));
		}
		catch (SQLException | OtherNode | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	boolean isValid() {
		try {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Releases the lock, then closes the session. Closing alone releases it too, but only once the
	 * server's backend has finished exiting, some time after the client returns: a node started
	 * right after a clean stop could be refused. A lost connection is simply closed.
	 */
	@Override
	public void close() throws SQLException {
		try (Connection session = connection) {
			if (session.isValid(2)) {
				try (PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
					unlock.setLong(1, KEY);
					unlock.execute();
				}
			}
		}
	}

	private static boolean tryLock(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static Optional<String> holder(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
			// a bigint key is stored as its high and low 32 bits (objsubid 1)
			statement.setLong(1, KEY >>> 32);
			statement.setLong(2, KEY & 0xFFFFFFFFL);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return Optional.empty();
				}
				String address = result.getString(2);
				return Optional.of(result.getString(1) + (address == null ? "" : ", " + address) + ", since "
						+ result.getString(3));
			}
		}
	}

	/** Another node holds the lock. */
	static final class OtherNode extends Exception {

		private final String holder;

		OtherNode(String holder) {
			super("Held by " + holder);
			this.holder = holder;
		}

		String holder() {
			return holder;
		}

	}

}
