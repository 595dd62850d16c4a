package org.tongxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The packaged jar, killed with SIGKILL while its embedded PostgreSQL keeps running, starts again
 * on the same data directory, and what was committed before the kill is still there.
 */
@DisabledIfEnvironmentVariable(named = "TONGXIN_DB_URL", matches = ".+")
class CrashRecoveryIT {

	private static final String ADMIN_PASSWORD = "Crash#Test2026";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process running;

	@AfterEach
	void stop() throws InterruptedException {
		if (running != null && running.isAlive()) {
			running.destroy();
			running.waitFor();
		}
	}

	@Test
	void aKilledPlatformStartsAgainWithNothingLost() throws Exception {
		Path dataDir = Files.createTempDirectory("tongxin-crash");
		int port = freePort();
		running = start(dataDir, port);
		awaitReady(port, Duration.ofSeconds(120));
		String token = issueToken(port);
		assertThat(get(port, "/api/v1/tokens", token).statusCode()).isEqualTo(200);

		running.destroyForcibly().waitFor();
		assertThat(Files.exists(dataDir.resolve("pg/postmaster.pid")))
			.as("the detached PostgreSQL outlives the killed JVM, which is the case to handle").isTrue();

		Instant restart = Instant.now();
		running = start(dataDir, port);
		awaitReady(port, Duration.ofSeconds(120));
		System.out.println("Restart after SIGKILL took " + Duration.between(restart, Instant.now()).toMillis() + " ms");
		assertThat(get(port, "/api/v1/tokens", token).statusCode()).as("the token issued before the kill").isEqualTo(200);
	}

	private Process start(Path dataDir, int port) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", new File("target/tongxin.jar").getAbsolutePath(),
				"--server.port=" + port)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("platform.log").toFile()));
		builder.environment().put("TONGXIN_DEMO", "true");
		builder.environment().put("TONGXIN_DATA_DIR", dataDir.toString());
		builder.environment().put("TONGXIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().remove("TONGXIN_DB_URL");
		return builder.start();
	}

	private void awaitReady(int port, Duration limit) throws InterruptedException {
		Instant deadline = Instant.now().plus(limit);
		while (Instant.now().isBefore(deadline)) {
			assertThat(running.isAlive()).as("platform process alive").isTrue();
			try {
				if (get(port, "/actuator/health", null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("platform not ready within " + limit);
	}

	private String issueToken(int port) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
