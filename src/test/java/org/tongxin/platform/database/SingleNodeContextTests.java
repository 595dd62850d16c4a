package org.tongxin.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application holds the node lock of its database from before the EntityManagerFactory
 * (and so Hibernate Search's outbox processor) starts: another node is refused (issue 13).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SingleNodeContextTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	ConfigurableListableBeanFactory beans;

	@Test
	void anotherNodeOnThisDatabaseIsRefused() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		assertThatThrownBy(() -> NodeLock.acquire(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), "another node")
			.close()).isInstanceOf(NodeLock.OtherNode.class).hasMessageContaining(SingleNodeGuard.nodeName());
	}

	@Test
	void theLockIsTakenBeforeTheEntityManagerFactory() {
		String[] dependsOn = beans.getBeanDefinition("entityManagerFactory").getDependsOn();
		assertThat(dependsOn).isNotNull();
		assertThat(Arrays.asList(dependsOn)).contains(SingleNodeConfiguration.GUARD);
	}

}
