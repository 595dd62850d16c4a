package org.tongxin.platform.database;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedPostgres(@Value("${tongxin.data-dir}") Path dataDir,
			@Value("${tongxin.embedded-db.clean:false}") boolean clean) throws IOException {
		return EmbeddedServer.start(dataDir, clean);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedServer server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:postgresql://localhost:" + server.port() + "/postgres");
		config.setUsername("postgres");
		config.setPassword(server.password().value());
		config.setMaximumPoolSize(20);
		config.setPoolName("tongxin-embedded");
		return new HikariDataSource(config);
	}

}
