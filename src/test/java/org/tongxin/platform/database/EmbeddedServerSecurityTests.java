package org.tongxin.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL asks every client for the password (issue 13): started as the platform
 * starts it, on a new data directory and on one made by an older version (initdb -A trust).
 */
class EmbeddedServerSecurityTests {

	@TempDir
	Path dataDir;

	@Test
	void aNewDataDirectoryRefusesConnectionsWithoutThePassword() throws Exception {
		try (EmbeddedServer server = EmbeddedServer.start(dataDir, false)) {
			assertLockedDown(server, dataDir);
			assertThat(server.password().fresh()).isTrue();
		}
		try (EmbeddedServer again = EmbeddedServer.start(dataDir, false)) {
			assertThat(again.password().fresh()).as("the password is kept, not made anew").isFalse();
			assertLockedDown(again, dataDir);
		}
	}

	@Test
	void aCleanStartIsLockedDownToo() throws Exception {
		try (EmbeddedServer server = EmbeddedServer.start(dataDir, true)) {
			assertLockedDown(server, server.disposable());
		}
	}

	@Test
	void aDataDirectoryOfAnOlderVersionIsUpgradedAndKeepsItsData() throws Exception {
		// what versions before issue 13 left: the library's defaults, trust for everyone, open folders
		Path binaries = Files.createDirectories(dataDir.resolve("pg-binaries"));
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.resolve("pg"))
			.setCleanDataDirectory(false)
			.setOverrideWorkingDirectory(binaries.toFile())
			.setRegisterShutdownHook(false)
			.start(); Connection connection = old.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("CREATE TABLE kept (word text); INSERT INTO kept VALUES ('still here')");
		}
		assertThat(Files.readString(dataDir.resolve("pg/pg_hba.conf"))).contains("trust");
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));

		try (EmbeddedServer server = EmbeddedServer.start(dataDir, false);
				Connection connection = connect(server, server.password().value())) {
			assertLockedDown(server, dataDir);
			var rows = connection.createStatement().executeQuery("SELECT word FROM kept");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("still here");
		}
	}

	@Test
	void aLostPasswordFileIsReplacedOnTheNextStart() throws Exception {
		EmbeddedServer.start(dataDir, false).close();
		Files.delete(dataDir.resolve(DatabasePassword.FILE));
		try (EmbeddedServer server = EmbeddedServer.start(dataDir, false)) {
			assertLockedDown(server, dataDir);
		}
	}

	private static void assertLockedDown(EmbeddedServer server, Path home) throws IOException, SQLException {
		assertThatThrownBy(() -> connect(server, null).close()).as("no password")
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("password");
		assertThatThrownBy(() -> connect(server, "wrong").close()).as("a wrong password")
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("password authentication failed");
		try (Connection connection = connect(server, server.password().value())) {
			assertThat(connection.isValid(5)).isTrue();
		}

		assertThat(mode(home.resolve(DatabasePassword.FILE))).isEqualTo("rw-------");
		assertThat(Files.readString(home.resolve(DatabasePassword.FILE)).strip()).isEqualTo(server.password().value());
		Path root = server.disposable() == null ? home : home.getParent();
		assertThat(mode(root)).as("data directory").isEqualTo("rwx------");
		assertThat(mode(home)).isEqualTo("rwx------");
		assertThat(mode(home.resolve("pg"))).isEqualTo("rwx------");
		assertThat(mode(root.resolve("pg-binaries"))).as("binaries folder").isEqualTo("rwx------");

		assertThat(Files.readAllLines(home.resolve("pg/pg_hba.conf"), StandardCharsets.UTF_8))
			.filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
			.isNotEmpty()
			.allSatisfy(line -> assertThat(line).endsWith("scram-sha-256").doesNotContain("trust"));
	}

	private static Connection connect(EmbeddedServer server, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", "postgres");
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/postgres", properties);
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
