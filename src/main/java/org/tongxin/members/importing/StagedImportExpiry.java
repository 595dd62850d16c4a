package org.tongxin.members.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploaded files nobody confirmed do not stay forever: they hold ID numbers. Once an hour, staged
 * imports older than {@code tongxin.import.staged-retention} (default 7 days) are marked discarded
 * and their file deleted. One UPDATE: safe when several nodes run it at once.
 */
@Component
class StagedImportExpiry {

	private static final Logger LOG = LoggerFactory.getLogger(StagedImportExpiry.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	StagedImportExpiry(JdbcClient jdbc, Clock clock, @Value("${tongxin.import.staged-retention:7d}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	int expire() {
		var now = clock.instant();
		int expired = jdbc.sql("update members_import set status = 'DISCARDED', finished_at = :now, file_enc = null"
				+ " where status in ('STAGED', 'MAPPING') and created_at < :cutoff")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("cutoff", now.minus(retention).atOffset(ZoneOffset.UTC))
			.update();
		if (expired > 0) {
			LOG.info("Discarded {} staged member imports older than {} (their files deleted)", expired, retention);
		}
		return expired;
	}

}
