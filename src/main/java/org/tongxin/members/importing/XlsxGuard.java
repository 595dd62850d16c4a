package org.tongxin.members.importing;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks at an upload before the workbook reader does: it must be an OOXML package (an old .xls
 * or a CSV gets its own message), and unpacking it must stay within {@link #MAX_UNPACKED_BYTES}
 * and {@link #MAX_ENTRIES}. The sizes are counted while actually inflating, not read from the
 * entry headers, which a zip bomb can state falsely.
 */
final class XlsxGuard {

	/** A 100,000-row sheet of sixteen columns unpacks to about 60 MB of XML. */
	static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

	static final int MAX_ENTRIES = 500;

	private XlsxGuard() {
	}

	static void check(byte[] file) {
		if (file.length == 0) {
			throw new ImportRefusal("member.import.file.empty");
		}
		if (isOle2(file)) {
			throw new ImportRefusal("member.import.file.xls");
		}
		if (!isZip(file)) {
			throw new ImportRefusal("member.import.file.notXlsx");
		}
		boolean workbook = false;
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				if (++entries > MAX_ENTRIES) {
					throw new ImportRefusal("member.import.file.bomb");
				}
				workbook |= entry.getName().equals("xl/workbook.xml");
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
						total += n;
						if (total > MAX_UNPACKED_BYTES) {
							throw new ImportRefusal("member.import.file.bomb");
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRefusal refusal) {
				throw refusal;
			}
			throw new ImportRefusal(ex, "member.import.file.damaged");
		}
		if (!workbook) {
			throw new ImportRefusal("member.import.file.notXlsx");
		}
	}

	private static boolean isZip(byte[] f) {
		return f.length >= 4 && f[0] == 'P' && f[1] == 'K' && f[2] == 3 && f[3] == 4;
	}

	private static boolean isOle2(byte[] f) {
		return f.length >= 8 && (f[0] & 0xff) == 0xD0 && (f[1] & 0xff) == 0xCF && (f[2] & 0xff) == 0x11
				&& (f[3] & 0xff) == 0xE0;
	}

}
