package org.tongxin.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tongxin.shared.crypto.PlatformKey;

/**
 * Anchors the head of the audit chain outside the table: every minute (and after each
 * verification, and at shutdown) the newest record's id and hash are signed and written to a
 * file in the data directory, and to the log, which operators ship elsewhere. A verification
 * then requires the record of the last checkpoint to be in the chain, unchanged; removing the
 * newest records is reported even though no link breaks.
 *
 * <p>A checkpoint only moves forward: when the record it names is gone or changed, the file is
 * kept as it is (it is the evidence) and the error logged. Records written since the last
 * checkpoint (at most a minute) are not covered. After restoring a database backup, which
 * legitimately ends earlier, move the file aside; the next checkpoint starts afresh.
 */
@Component
public class ChainCheckpoints {

	static final String KEY_PURPOSE = "audit-checkpoint";

	private static final Logger log = LoggerFactory.getLogger(ChainCheckpoints.class);

	private final JdbcClient jdbc;

	private final UnaryOperator<byte[]> mac;

	private final Path file;

	private final Clock clock = Clock.systemUTC();

	ChainCheckpoints(JdbcClient jdbc, PlatformKey key,
			@Value("${tongxin.audit.checkpoint-file:${tongxin.data-dir}/audit-checkpoint}") Path file) {
		this.jdbc = jdbc;
		this.mac = bytes -> key.hmac(KEY_PURPOSE, bytes);
		this.file = file.toAbsolutePath();
	}

	/** What the file holds: nothing yet, a genuine checkpoint, or something that is not one (altered or damaged). */
	sealed interface Reading {

		record None() implements Reading {
		}

		record Valid(Checkpoint checkpoint) implements Reading {
		}

		record Invalid() implements Reading {
		}

	}

	Reading read() {
		try {
			Checkpoint checkpoint = Checkpoint.parse(Files.readString(file, StandardCharsets.UTF_8), mac);
			return checkpoint == null ? new Reading.Invalid() : new Reading.Valid(checkpoint);
		}
		catch (NoSuchFileException absent) {
			return new Reading.None();
		}
		catch (IOException | RuntimeException unreadable) {
			return new Reading.Invalid();
		}
	}

	/** Writes a checkpoint of the chain's present head, unless the last one no longer matches the chain. */
	@Scheduled(fixedDelayString = "${tongxin.audit.checkpoint-interval:1m}", initialDelayString = "PT10S")
	public synchronized void advance() {
		Map<String, Object> head = jdbc.sql("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		if (head == null) {
			return;
		}
		long id = ((Number) head.get("id")).longValue();
		Reading reading = read();
		if (reading instanceof Reading.Invalid) {
			log.error("Audit checkpoint {} is not a genuine checkpoint; it is kept as found and no new one is written", file);
			return;
		}
		if (reading instanceof Reading.Valid valid) {
			if (valid.checkpoint().id() == id) {
				return;
			}
			if (!stillInChain(valid.checkpoint())) {
				log.error("Audit record {} of the checkpoint of {} is no longer in the chain as it was: records were removed or "
						+ "changed. The checkpoint is kept as evidence", valid.checkpoint().id(), valid.checkpoint().at());
				return;
			}
		}
		write(Checkpoint.signed(id, (String) head.get("hash"), clock.instant(), mac));
	}

	/** Where the checkpoint is kept. */
	public Path file() {
		return file;
	}

	/** Before the connection pool closes: the records of the last minute are covered too. */
	@EventListener(ContextClosedEvent.class)
	void atShutdown() {
		try {
			advance();
		}
		catch (RuntimeException ex) {
			log.warn("No audit checkpoint at shutdown: {}", ex.getMessage());
		}
	}

	private boolean stillInChain(Checkpoint checkpoint) {
		return jdbc.sql("SELECT hash FROM audit_event WHERE id = :id")
			.param("id", checkpoint.id())
			.query(String.class)
			.optional()
			.filter(checkpoint.hash()::equals)
			.isPresent();
	}

	private void write(Checkpoint checkpoint) {
		try {
			Files.createDirectories(file.getParent());
			Path next = file.resolveSibling(file.getFileName() + ".next");
			Files.deleteIfExists(next);
			Files.createFile(next);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
			}
			Files.writeString(next, checkpoint.line() + "\n", StandardCharsets.UTF_8);
			Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			log.info("Audit checkpoint: {}", checkpoint.line());
		}
		catch (IOException ex) {
			log.error("Could not write the audit checkpoint {}: {}", file, ex.getMessage());
		}
	}

}
