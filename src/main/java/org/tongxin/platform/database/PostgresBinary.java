package org.tongxin.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code postgres} executable the library extracted under the binaries folder
 * ({@code PG-<digest>/bin/postgres}); the library does not tell its path. After an upgrade of the
 * binaries several may be there: the one whose major version made the cluster is chosen.
 */
final class PostgresBinary {

	private PostgresBinary() {
	}

	static Path find(Path binaries, Path pgData) throws IOException {
		List<Path> candidates;
		try (Stream<Path> folders = Files.list(binaries)) {
			candidates = folders.filter(folder -> folder.getFileName().toString().startsWith("PG-"))
				.map(folder -> folder.resolve("bin").resolve("postgres"))
				.filter(Files::isExecutable)
				.toList();
		}
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		String major = Files.readString(pgData.resolve("PG_VERSION"), StandardCharsets.US_ASCII).strip();
		for (Path candidate : candidates) {
			if (version(candidate).startsWith(major + ".")) {
				return candidate;
			}
		}
		throw new IllegalStateException("No PostgreSQL " + major + " executable under " + binaries);
	}

	private static String version(Path postgres) throws IOException {
		Process process = new ProcessBuilder(postgres.toString(), "--version").redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		// "postgres (PostgreSQL) 17.11"
		return output.substring(output.lastIndexOf(' ') + 1);
	}

}
