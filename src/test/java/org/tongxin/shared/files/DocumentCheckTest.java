package org.tongxin.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection;

/** What an upload really is, from its bytes, and what is refused with which reason. */
class DocumentCheckTest {

	private static final long LIMIT = 1024 * 1024;

	private static String code(Runnable check) {
		try {
			check.run();
		}
		catch (Rejection rejection) {
			assertThat(rejection.problems().get(0).field()).isEqualTo("files");
			return rejection.problems().get(0).code();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void realFilesPassAsWhatTheyAre() throws Exception {
		assertThat(DocumentCheck.check("files", "photo.PNG", png(), LIMIT)).isEqualTo(DocumentKind.PNG);
		assertThat(DocumentCheck.check("files", "a.pdf", "%PDF-1.7\n".getBytes(), LIMIT)).isEqualTo(DocumentKind.PDF);
		assertThat(DocumentCheck.check("files", "a.docx", zip("word/document.xml", 100), LIMIT)).isEqualTo(DocumentKind.DOCX);
		assertThat(DocumentCheck.check("files", "a.xlsx", zip("xl/workbook.xml", 100), LIMIT)).isEqualTo(DocumentKind.XLSX);
	}

	@Test
	void programsAndDisguisesAreRefused() throws Exception {
		assertThat(code(() -> DocumentCheck.check("files", "photo.jpg", new byte[] { 'M', 'Z', 0, 0 }, LIMIT)))
			.isEqualTo("upload.executable");
		assertThat(code(() -> DocumentCheck.check("files", "photo.jpg", new byte[] { 0x7F, 'E', 'L', 'F', 1 }, LIMIT)))
			.isEqualTo("upload.executable");
		byte[] png = png();
		assertThat(code(() -> DocumentCheck.check("files", "photo.jpg", png, LIMIT))).isEqualTo("upload.nameMismatch");
		assertThat(code(() -> DocumentCheck.check("files", "page.jpg", "<html><script>".getBytes(), LIMIT)))
			.isEqualTo("upload.type");
		byte[] workbook = zip("xl/workbook.xml", 10);
		assertThat(code(() -> DocumentCheck.check("files", "a.docx", workbook, LIMIT))).isEqualTo("upload.type");
		byte[] broken = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2 };
		assertThat(code(() -> DocumentCheck.check("files", "broken.png", broken, LIMIT))).isEqualTo("upload.damaged");
	}

	@Test
	void emptyOversizedAndBombsAreRefused() throws Exception {
		assertThat(code(() -> DocumentCheck.check("files", "a.pdf", new byte[0], LIMIT))).isEqualTo("upload.empty");
		byte[] big = new byte[(int) LIMIT + 1];
		big[0] = '%';
		assertThat(code(() -> DocumentCheck.check("files", "a.pdf", big, LIMIT))).isEqualTo("upload.tooLarge");
		// 200 MB of zeros packed into a docx of a few hundred kilobytes
		byte[] bomb = zip("word/document.xml", 200 * 1024 * 1024);
		assertThat(bomb.length).isLessThan((int) LIMIT);
		assertThat(code(() -> DocumentCheck.check("files", "bomb.docx", bomb, LIMIT))).isEqualTo("upload.bomb");
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static byte[] zip(String entry, int zeros) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry(entry));
			byte[] chunk = new byte[64 * 1024];
			for (int written = 0; written < zeros; written += chunk.length) {
				zip.write(chunk, 0, Math.min(chunk.length, zeros - written));
			}
		}
		return out.toByteArray();
	}

}
