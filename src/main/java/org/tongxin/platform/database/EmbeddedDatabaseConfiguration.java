package org.tongxin.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no external database is configured ({@code TONGXIN_DB_URL}
 * empty). Demo, tests and production then speak the same SQL dialect.
 *
 * <p>The server is a bean of its own so that Spring closes the connection pool (which depends on
 * it) before stopping the server, rather than the library's JVM shutdown hook racing the pool.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedPostgres(@Value("${tongxin.data-dir}") Path dataDir,
			@Value("${tongxin.embedded-db.clean:false}") boolean clean) throws IOException {
		Path root = dataDir.toAbsolutePath();
		Files.createDirectories(root);
		// a clean start (tests) gets a directory of its own, so that several test contexts with
		// different settings can each run a server at the same time
		Path home = clean ? Files.createTempDirectory(root, "clean-") : root;
		DataDirectoryLock lock = DataDirectoryLock.acquire(home);
		Path pgData = home.resolve("pg");
		new StalePostmasterCleaner(pgData).clean();
		Path binaries = root.resolve("pg-binaries");
		Files.createDirectories(binaries);
		log.info("Starting embedded PostgreSQL in {}", pgData);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			// tests start from an empty database every run; the platform keeps its data
			.setCleanDataDirectory(clean)
			.setOverrideWorkingDirectory(binaries.toFile())
			.setRegisterShutdownHook(false)
			// crash recovery after a kill -9 may take a while: do not give up early
			.setPGStartupWait(Duration.ofSeconds(120))
			// the library turns durability off by default; the platform's data must survive a crash
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "100")
			.start();
		return new EmbeddedServer(postgres, lock, clean ? home : null);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedServer server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:postgresql://localhost:" + server.port() + "/postgres");
		config.setUsername("postgres");
		config.setPassword("");
		config.setMaximumPoolSize(20);
		config.setPoolName("tongxin-embedded");
		return new HikariDataSource(config);
	}

}
