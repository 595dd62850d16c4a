package org.tongxin.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A second application node on one database is refused at start, naming the other node and why
 * (issue 13): the member search index is node-local, and two nodes would each index part of the
 * changes. "Another node" is another JVM; here a lock taken outside this JVM's registry.
 */
class SingleNodeGuardTests {

	private static EmbeddedServer server;

	private static String url;

	private static ResourceBundleMessageSource messages;

	@BeforeAll
	static void startDatabase() throws Exception {
		server = EmbeddedServer.start(java.nio.file.Path.of("target/test-data"), true);
		url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
		messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		server.close();
	}

	@Test
	void aSecondNodeIsRefusedNamingTheFirstAndTheReason() throws Exception {
		try (NodeLock first = NodeLock.acquire(url, "postgres", password(), "tongxin node-a pid 1")) {
			assertThatThrownBy(() -> SingleNodeGuard.start(url, "postgres", password(), messages))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("tongxin node-a pid 1")
				.hasMessageContaining("成员搜索索引")
				.hasMessageContaining("member search index")
				.hasMessageContaining("stop the other node first")
				.message()
				.startsWith("另一个同心节点");
		}
	}

	@Test
	void theLockIsFreeAgainWhenTheFirstNodeStops() throws Exception {
		NodeLock.acquire(url, "postgres", password(), "tongxin node-a pid 1").close();
		try (SingleNodeGuard second = SingleNodeGuard.start(url, "postgres", password(), messages)) {
			assertThat(second).isNotNull();
		}
	}

	@Test
	void aCrashedNodesLockIsTakenOver() throws Exception {
		NodeLock crashed = NodeLock.acquire(url, "postgres", password(), "tongxin crashed pid 2");
		// a killed process: its session ends without a goodbye
		try (Connection admin = connect(); PreparedStatement kill = admin.prepareStatement(
				"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'tongxin crashed pid 2'")) {
			kill.executeQuery();
		}
		awaitGone("tongxin crashed pid 2");
		try (SingleNodeGuard next = SingleNodeGuard.start(url, "postgres", password(), messages)) {
			assertThat(next).isNotNull();
		}
		finally {
			crashed.close();
		}
	}

	/** A terminated backend exits (and drops its locks) a moment after it is told to. */
	private static void awaitGone(String applicationName) throws Exception {
		for (int i = 0; i < 100; i++) {
			try (Connection admin = connect(); PreparedStatement left = admin.prepareStatement(
					"SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
				left.setString(1, applicationName);
				try (java.sql.ResultSet result = left.executeQuery()) {
					result.next();
					if (result.getInt(1) == 0) {
						return;
					}
				}
			}
			Thread.sleep(50);
		}
	}

	@Test
	void contextsOfOneJvmShareTheLockAndTheLastReleasesIt() throws Exception {
		SingleNodeGuard one = SingleNodeGuard.start(url, "postgres", password(), messages);
		SingleNodeGuard two = SingleNodeGuard.start(url, "postgres", password(), messages);
		one.close();
		assertThatThrownBy(() -> NodeLock.acquire(url, "postgres", password(), "other jvm").close())
			.as("still held by the second context")
			.isInstanceOf(NodeLock.OtherNode.class)
			.hasMessageContaining(SingleNodeGuard.nodeName());
		two.close();
		NodeLock.acquire(url, "postgres", password(), "other jvm").close();
	}

	private static String password() {
		return server.password().value();
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "postgres", password());
	}

}
