package org.tongxin.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running embedded server, its superuser password and the lock that keeps a second instance
 * off its data. A throw-away directory (clean start) is removed when the server stops.
 */
record EmbeddedServer(EmbeddedPostgres postgres, DatabasePassword password, DataDirectoryLock lock, Path disposable)
		implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	/**
	 * Starts the server under {@code dataDir}: its data in {@code pg/} (or, for a clean start, in a
	 * {@code clean-*} directory of its own), the extracted binaries in {@code pg-binaries/}, the
	 * password in {@code db-password}; all of it readable by the owner only.
	 */
	/**
	 * The library extracts the binaries once per JVM and resolver, wherever the first start asked,
	 * and later starts with another folder get none there (the password step looks for them in its
	 * own folder). A resolver of its own per folder makes each folder get its binaries; the same
	 * folder keeps its resolver, so a restart does not extract again.
	 */
	private static final Map<Path, PgBinaryResolver> RESOLVERS = new ConcurrentHashMap<>();

	static EmbeddedServer start(Path dataDir, boolean clean) throws IOException {
		Path root = Private.directory(dataDir.toAbsolutePath());
		// a clean start (tests) gets a directory of its own (created 0700), so that several test
		// contexts with different settings can each run a server at the same time
		Path home = clean ? Files.createTempDirectory(root, "clean-") : root;
		DataDirectoryLock lock = DataDirectoryLock.acquire(home);
		try {
			Path pgData = home.resolve("pg");
			new StalePostmasterCleaner(pgData).clean();
			Path binaries = Private.directory(root.resolve("pg-binaries"));
			DatabasePassword password = DatabasePassword.loadOrCreate(home);
			log.info("Starting embedded PostgreSQL in {}", pgData);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				// tests start from an empty database every run; the platform keeps its data
				.setCleanDataDirectory(clean)
				.setOverrideWorkingDirectory(binaries.toFile())
				.setPgBinaryResolver(resolverFor(binaries))
				// after initdb, before the server starts: password authentication only
				.setDataDirectoryCustomizer(dir -> new ClientAuthentication(binaries, password).apply(dir.toPath()))
				// the library's own readiness check logs in as postgres
				.setConnectConfig("password", password.value())
				.setRegisterShutdownHook(false)
				// crash recovery after a kill -9 may take a while: do not give up early
				.setPGStartupWait(Duration.ofSeconds(120))
				// the library turns durability off by default; the platform's data must survive a crash
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "100")
				.start();
			// the library makes its working folder world-writable on every start; inside the 0700 data
			// directory nobody else reaches it, and it is closed again here
			Private.directory(binaries);
			return new EmbeddedServer(postgres, password, lock, clean ? home : null);
		}
		catch (IOException | RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	/** One resolver per binaries folder: see {@link #RESOLVERS}. */
	private static PgBinaryResolver resolverFor(Path binaries) {
		return RESOLVERS.computeIfAbsent(binaries, folder -> DefaultPostgresBinaryResolver.INSTANCE::getPgBinary);
	}

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
