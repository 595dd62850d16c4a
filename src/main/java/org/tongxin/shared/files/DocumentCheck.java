package org.tongxin.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.tongxin.shared.domain.Rejection;

/**
 * Decides what an uploaded document really is, from its bytes, and refuses what it must not keep:
 * an empty or oversized file, a type outside {@link DocumentKind}, a name that claims another type
 * than the content (an executable called photo.jpg), an image too large to ever decode, an Office
 * file that unpacks to more than {@link #MAX_UNPACKED_BYTES} or holds more than {@link #MAX_ENTRIES}
 * parts (sizes counted while inflating, not taken from headers a zip bomb may forge). Refusals are
 * {@link Rejection}s naming the form field, in the user's language (codes {@code upload.*} in the
 * shared bundle).
 */
public final class DocumentCheck {

	public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

	public static final int MAX_ENTRIES = 1_000;

	/** About 50 megapixels: a phone photo is 12–48. */
	public static final long MAX_PIXELS = 50_000_000L;

	private DocumentCheck() {
	}

	/** The kind of {@code content}, or a Rejection naming {@code field}. */
	public static DocumentKind check(String field, String fileName, byte[] content, long maxBytes) {
		String name = fileName == null ? "" : fileName.strip();
		if (content == null || content.length == 0) {
			throw new Rejection(field, "upload.empty", name);
		}
		if (content.length > maxBytes) {
			throw new Rejection(field, "upload.tooLarge", name, maxBytes / (1024 * 1024));
		}
		DocumentKind kind = sniff(field, name, content);
		String extension = extension(name);
		if (!kind.allows(extension)) {
			throw new Rejection(field, "upload.nameMismatch", name);
		}
		if (kind.isImage()) {
			checkImage(field, name, content);
		}
		else if (kind == DocumentKind.DOCX || kind == DocumentKind.XLSX) {
			checkPackage(field, name, content, kind);
		}
		return kind;
	}

	private static DocumentKind sniff(String field, String name, byte[] f) {
		// Windows (MZ) and Linux (ELF) programs and scripts: said as such, whatever their name claims
		if (starts(f, 'M', 'Z') || starts(f, 0x7F, 'E', 'L', 'F') || starts(f, '#', '!')) {
			throw new Rejection(field, "upload.executable", name);
		}
		if (starts(f, 0xFF, 0xD8, 0xFF)) {
			return DocumentKind.JPEG;
		}
		if (starts(f, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
			return DocumentKind.PNG;
		}
		if (starts(f, '%', 'P', 'D', 'F', '-')) {
			return DocumentKind.PDF;
		}
		if (starts(f, 'P', 'K', 3, 4)) {
			return extension(name).equals("xlsx") ? DocumentKind.XLSX : DocumentKind.DOCX;
		}
		throw new Rejection(field, "upload.type", name);
	}

	private static void checkImage(String field, String name, byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new Rejection(field, "upload.damaged", name);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new Rejection(field, "upload.imageTooLarge", name);
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Rejection rejection) {
				throw rejection;
			}
			throw new Rejection(field, "upload.damaged", name);
		}
	}

	private static void checkPackage(String field, String name, byte[] content, DocumentKind kind) {
		String mainPart = kind == DocumentKind.XLSX ? "xl/workbook.xml" : "word/document.xml";
		boolean found = false;
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (++entries > MAX_ENTRIES) {
					throw new Rejection(field, "upload.bomb", name);
				}
				found |= entry.getName().equals(mainPart);
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
						total += n;
						if (total > MAX_UNPACKED_BYTES) {
							throw new Rejection(field, "upload.bomb", name);
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Rejection rejection) {
				throw rejection;
			}
			throw new Rejection(field, "upload.damaged", name);
		}
		if (!found) {
			throw new Rejection(field, "upload.type", name);
		}
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean starts(byte[] data, int... prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((data[i] & 0xFF) != (prefix[i] & 0xFF)) {
				return false;
			}
		}
		return true;
	}

}
