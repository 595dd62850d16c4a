package org.tongxin.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only modes for the data directory and what is in it: a directory 0700, a file 0600. Other
 * local accounts must neither read the database password nor replace the server's binaries.
 */
final class Private {

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private Private() {
	}

	static Path directory(Path directory) throws IOException {
		Files.createDirectories(directory);
		return set(directory, DIRECTORY);
	}

	static Path file(Path file) throws IOException {
		return set(file, FILE);
	}

	/** Creates the file with mode 0600 from the start (replacing a leftover), so it is never readable by others. */
	static Path newFile(Path file) throws IOException {
		Files.deleteIfExists(file);
		if (!posix(file)) {
			return Files.createFile(file);
		}
		return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
	}

	private static Path set(Path path, Set<PosixFilePermission> mode) throws IOException {
		if (posix(path)) {
			Files.setPosixFilePermissions(path, mode);
		}
		return path;
	}

	// not a POSIX file system (Windows): the directory's ACL, inherited from the user's profile, applies
	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
