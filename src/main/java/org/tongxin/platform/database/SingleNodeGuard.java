package org.tongxin.platform.database;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * Holds this node's {@link NodeLock} for the life of the application, or refuses the start,
 * naming the other node and the reason in Chinese and English.
 *
 * <p>The lock is one per JVM and database: the test suite runs several Spring contexts in one JVM,
 * on CI's external database on the same one, and they are one node (the contexts other than the
 * main one do no search index work). A context that finds the lock held by its own JVM shares it;
 * the last to close releases it.
 *
 * <p>Every 30 seconds the lock's connection is checked; if it was lost (a database restart), the
 * lock is taken again, and if another node got it meanwhile that is logged as an error.
 */
final class SingleNodeGuard implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SingleNodeGuard.class);

	/** Locks of this JVM by database, with the number of contexts sharing each. */
	private static final Map<String, Shared> HELD = new HashMap<>();

	private final String url;

	private final String user;

	private final String password;

	private final ScheduledExecutorService check;

	private SingleNodeGuard(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.check = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "tongxin-node-lock");
			thread.setDaemon(true);
			return thread;
		});
		this.check.scheduleWithFixedDelay(this::keep, 30, 30, TimeUnit.SECONDS);
	}

	static SingleNodeGuard start(String url, String user, String password, MessageSource messages) throws SQLException {
		synchronized (HELD) {
			Shared shared = HELD.get(key(url, user));
			if (shared == null) {
				try {
					shared = new Shared(NodeLock.acquire(url, user, password, nodeName()));
				}
				catch (NodeLock.OtherNode other) {
					throw new IllegalStateException(refusal(messages, other.holder()), other);
				}
				HELD.put(key(url, user), shared);
			}
			shared.users++;
		}
		return new SingleNodeGuard(url, user, password);
	}

	/** The refusal in both languages, Chinese first. */
	static String refusal(MessageSource messages, String holder) {
		Object[] args = { holder };
		return messages.getMessage("platform.second-node", args, Locale.SIMPLIFIED_CHINESE) + "\n"
				+ messages.getMessage("platform.second-node", args, Locale.ENGLISH);
	}

	/** What another node is told about this one: host and process. */
	static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = System.getenv().getOrDefault("HOSTNAME", "unknown host");
		}
		return "tongxin " + host + " pid " + ProcessHandle.current().pid();
	}

	private void keep() {
		synchronized (HELD) {
			Shared shared = HELD.get(key(url, user));
			if (shared == null || shared.lock.isValid()) {
				return;
			}
			log.warn("The connection holding this node's database lock was lost; taking the lock again");
			try {
				shared.lock.close();
				shared.lock = NodeLock.acquire(url, user, password, nodeName());
			}
			catch (NodeLock.OtherNode other) {
				log.error("Another Tongxin node ({}) took the database lock while this node's connection was lost: "
						+ "the member search index of both is now incomplete; stop one of them and rebuild the index of the other",
						other.holder());
			}
			catch (SQLException | RuntimeException ex) {
				log.warn("Could not take this node's database lock again (next try in 30 s): {}", ex.toString());
			}
		}
	}

	@Override
	public void close() throws SQLException {
		check.shutdownNow();
		synchronized (HELD) {
			Shared shared = HELD.get(key(url, user));
			if (shared != null && --shared.users == 0) {
				HELD.remove(key(url, user));
				shared.lock.close();
			}
		}
	}

	private static String key(String url, String user) {
		return user + "@" + url;
	}

	private static final class Shared {

		private NodeLock lock;

		private int users;

		private Shared(NodeLock lock) {
			this.lock = lock;
		}

	}

}
