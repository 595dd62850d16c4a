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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar as a process on its own data directory and port, for tests of what happens
 * when it is killed (SIGKILL) and started again: start, wait until ready, call its API, reach its
 * embedded PostgreSQL (which outlives a killed JVM) directly.
 */
public final class PlatformProcess implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "Crash#Test2026";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Path dataDir;

	private final int port;

	private Process running;

	private PlatformProcess(Path dataDir, int port) {
		this.dataDir = dataDir;
		this.port = port;
	}

	/** A platform with the demo data on a fresh data directory and a free port (not started yet). */
	public static PlatformProcess fresh(String name) throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return new PlatformProcess(Files.createTempDirectory(name), socket.getLocalPort());
		}
	}

	public Path dataDir() {
		return dataDir;
	}

	/** Starts the jar and waits until it answers its health check. */
	public PlatformProcess start(Duration limit) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar",
				new File("target/tongxin.jar").getAbsolutePath(), "--server.port=" + port)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("platform.log").toFile()));
		builder.environment().put("TONGXIN_DEMO", "true");
		builder.environment().put("TONGXIN_DATA_DIR", dataDir.toString());
		builder.environment().put("TONGXIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().remove("TONGXIN_DB_URL");
		running = builder.start();
		awaitReady(limit);
		return this;
	}

	/** SIGKILL: no shutdown hook runs, the embedded PostgreSQL stays up. */
	public void kill() throws InterruptedException {
		running.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (running != null && running.isAlive()) {
			running.destroy();
			running.waitFor();
		}
	}

	public String token(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> response = send("POST", "/api/v1/tokens", null,
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return send("GET", path, token, null);
	}

	public HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
		return send("POST", path, token, json);
	}

	/** A connection to the embedded database as its owner (the port is the running postmaster's, the password the one generated into the data directory). */
	public Connection database() throws IOException, SQLException {
		List<String> pid = Files.readAllLines(dataDir.resolve("pg/postmaster.pid"));
		String password = Files.readString(dataDir.resolve("db-password")).strip();
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", password);
	}

	private HttpResponse<String> send(String method, String path, String token, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void awaitReady(Duration limit) throws InterruptedException {
		Instant deadline = Instant.now().plus(limit);
		while (Instant.now().isBefore(deadline)) {
			assertThat(running.isAlive()).as("platform process alive (log: %s)", dataDir.resolve("platform.log")).isTrue();
			try {
				if (get("/actuator/health", null).statusCode() == 200) {
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

}
