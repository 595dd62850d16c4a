package org.tongxin.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with a PostgreSQL server left behind by a platform process that was killed. The embedded
 * server runs detached, so after a {@code kill -9} of the JVM it keeps holding
 * {@code postmaster.pid} and the next start would wait for it forever.
 *
 * <p>Only called while holding the {@link DataDirectoryLock}: no live platform owns that server,
 * so it is safe to stop it (SIGTERM = smart shutdown, the data is flushed) or to drop a pid file
 * whose process is gone.
 */
final class StalePostmasterCleaner {

	private static final Logger log = LoggerFactory.getLogger(StalePostmasterCleaner.class);

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private final Path pidFile;

	StalePostmasterCleaner(Path pgData) {
		this.pidFile = pgData.resolve("postmaster.pid");
	}

	void clean() throws IOException {
		Optional<Long> pid = readPid();
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(this::isPostgres);
		if (process.isEmpty()) {
			log.warn("Removing stale {} (process {} is gone)", pidFile, pid.get());
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by a previous run", pid.get());
		stop(process.get());
	}

	private Optional<Long> readPid() throws IOException {
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private boolean isPostgres(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		try {
			return Files.exists(cmdline) ? new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains("postgres")
					: process.info().command().map(c -> c.contains("postgres")).orElse(false);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void stop(ProcessHandle process) throws IOException {
		process.destroy();
		Instant deadline = Instant.now().plus(STOP_WAIT);
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			sleep();
		}
		if (process.isAlive()) {
			log.warn("PostgreSQL {} did not stop in {}; killing it (crash recovery will run)", process.pid(), STOP_WAIT);
			process.destroyForcibly();
			while (process.isAlive()) {
				sleep();
			}
		}
		Files.deleteIfExists(pidFile);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping a stale PostgreSQL", ex);
		}
	}

}
