package org.tongxin.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on the data directory. The OS releases it when the process dies, even by
 * SIGKILL, so holding it proves that no other live platform instance uses the directory.
 */
final class DataDirectoryLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataDir) throws IOException {
		FileChannel channel = FileChannel.open(dataDir.resolve("tongxin.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock = channel.tryLock();
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("Another Tongxin instance is using the data directory " + dataDir
					+ "; stop it first or set TONGXIN_DATA_DIR to another directory.");
		}
		return new DataDirectoryLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}

}
