package org.tongxin.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The running embedded server and the lock that keeps a second instance off its data.
 * A throw-away directory (clean start) is removed when the server stops.
 */
record EmbeddedServer(EmbeddedPostgres postgres, DataDirectoryLock lock, Path disposable) implements AutoCloseable {

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
			if (disposable != null) {
				delete(disposable);
			}
		}
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
