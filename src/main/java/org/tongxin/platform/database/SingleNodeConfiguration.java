package org.tongxin.platform.database;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses to start a second application node on the same database ({@link NodeLock} says why).
 * The lock is taken before the JPA EntityManagerFactory starts, since that starts Hibernate
 * Search's outbox processor: a second node must not take a share of the index work even briefly.
 * {@code tongxin.single-node.check=false} turns the check off (only for a deliberate experiment).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tongxin.single-node.check", havingValue = "true", matchIfMissing = true)
class SingleNodeConfiguration {

	static final String GUARD = "singleNodeGuard";

	@Bean(name = GUARD, destroyMethod = "close")
	SingleNodeGuard singleNodeGuard(DataSource dataSource, MessageSource messages) throws SQLException {
		// the pool's own settings, for a connection outside it (a pool may close its connections any time)
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		return SingleNodeGuard.start(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), messages);
	}

	@Bean
	static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterSingleNodeGuard() {
		return new EntityManagerFactoryDependsOnPostProcessor(GUARD);
	}

}
