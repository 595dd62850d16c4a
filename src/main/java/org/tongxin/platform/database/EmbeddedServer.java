package org.tongxin.platform.database;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The running embedded server and the lock that keeps a second instance off its data. */
record EmbeddedServer(EmbeddedPostgres postgres, DataDirectoryLock lock) implements AutoCloseable {

	int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.close();
		}
	}

}
