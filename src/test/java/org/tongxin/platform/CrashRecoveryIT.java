package org.tongxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The packaged jar, killed with SIGKILL while its embedded PostgreSQL keeps running, starts again
 * on the same data directory, and what was committed before the kill is still there.
 */
@DisabledIfEnvironmentVariable(named = "TONGXIN_DB_URL", matches = ".+")
class CrashRecoveryIT {

	private PlatformProcess platform;

	@AfterEach
	void stop() throws InterruptedException {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void aKilledPlatformStartsAgainWithNothingLost() throws Exception {
		platform = PlatformProcess.fresh("tongxin-crash").start(Duration.ofSeconds(300));
		String token = platform.token("admin", PlatformProcess.ADMIN_PASSWORD);
		assertThat(platform.get("/api/v1/tokens", token).statusCode()).isEqualTo(200);

		platform.kill();
		assertThat(Files.exists(platform.dataDir().resolve("pg/postmaster.pid")))
			.as("the detached PostgreSQL outlives the killed JVM, which is the case to handle").isTrue();

		Instant restart = Instant.now();
		platform.start(Duration.ofSeconds(300));
		System.out.println("Restart after SIGKILL took " + Duration.between(restart, Instant.now()).toMillis() + " ms");
		assertThat(platform.get("/api/v1/tokens", token).statusCode()).as("the token issued before the kill").isEqualTo(200);
	}

}
