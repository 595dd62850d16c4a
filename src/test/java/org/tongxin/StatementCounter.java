package org.tongxin;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements a thread sends, for tests that hold pages to a statement budget (no
 * N+1). Registered in every test context: it wraps the DataSource, and MockMvc runs a request in
 * the test's own thread, so the count of a request is the count of that thread.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	public static void reset() {
		STATEMENTS.get().clear();
	}

	public static int count() {
		return STATEMENTS.get().size();
	}

	/** The statements since the last reset, for a failure message that shows the N+1. */
	public static List<String> statements() {
		return List.copyOf(STATEMENTS.get());
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
	}

	/** The wrapped DataSource; close() reaches the pool so that the context still shuts it down. */
	static final class Counting extends DelegatingDataSource implements AutoCloseable {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		@Override
		public void close() throws Exception {
			if (getTargetDataSource() instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}

		private static Connection counted(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (STATEMENT_METHODS.contains(method.getName())) {
					STATEMENTS.get().add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					handler);
		}

	}

}
