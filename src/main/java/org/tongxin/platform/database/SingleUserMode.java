package org.tongxin.platform.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Runs one statement in PostgreSQL's single-user mode: no postmaster, no socket, no client
 * authentication, so the superuser's password can be set while nobody else can connect. The
 * server must not be running (the caller holds the data directory lock and has stopped any
 * orphan).
 */
final class SingleUserMode {

	private final Path postgres;

	private final Path pgData;

	SingleUserMode(Path postgres, Path pgData) {
		this.postgres = postgres;
		this.pgData = pgData;
	}

	void setSuperuserPassword(String password) throws IOException {
		// the password is base64url: no quote can end the literal early
		if (!password.matches("[A-Za-z0-9_-]+")) {
			throw new IllegalStateException("The database password in " + DatabasePassword.FILE
					+ " may only hold letters, digits, '-' and '_'");
		}
		run("ALTER ROLE postgres PASSWORD '" + password + "'", password);
	}

	private void run(String statement, String secret) throws IOException {
		List<String> command = new ArrayList<>();
		// as root PostgreSQL refuses to run; the library runs it in a user namespace then, and so do we
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(postgres.toString(), "--single", "-D", pgData.toString(), "postgres"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (OutputStream in = process.getOutputStream()) {
			// the statement goes through stdin, never the command line that ps shows
			in.write((statement + ";\n").getBytes(StandardCharsets.UTF_8));
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("PostgreSQL single-user mode did not finish in 120 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted in PostgreSQL single-user mode", ex);
		}
		// single-user mode exits 0 after a failed statement: its ERROR line tells
		if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
			throw new IllegalStateException("PostgreSQL single-user mode failed (exit " + process.exitValue() + "):\n"
					+ output.replace(secret, "****"));
		}
	}

}
