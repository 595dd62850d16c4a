package org.tongxin.members.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.files.StoredFiles;

/**
 * Turns an upload into the photo the registry keeps, or refuses it with a reason. Only real JPEG
 * and PNG: the first bytes must say so (an executable or an HTML page renamed .jpg is refused
 * before any decoder sees it) and the image must decode. The dimensions are read from the header
 * before the pixels, so a small file that claims to be 50000×50000 (a decompression bomb) is
 * refused without allocating it; large images are decoded subsampled. What is kept is a new JPEG
 * at most {@value #LONG_SIDE} px on the long side, written from pixels only: EXIF (camera, GPS
 * position), comments and colour profiles of the upload do not survive.
 */
final class PhotoImages {

	static final String FIELD = "photo";

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final int MAX_SIDE = 6000;

	static final int LONG_SIDE = 480;

	private static final float QUALITY = 0.85f;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** The kept photo: JPEG bytes, size, and SHA-256 (hex), which is also its ETag. */
	record Encoded(byte[] jpeg, int width, int height, String hash) {
	}

	private PhotoImages() {
	}

	static Encoded reencode(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new Rejection(FIELD, "photo.required");
		}
		if (upload.length > MAX_BYTES) {
			throw new Rejection(FIELD, "photo.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String format = startsWith(upload, JPEG) ? "jpeg" : startsWith(upload, PNG) ? "png" : null;
		if (format == null) {
			throw new Rejection(FIELD, "photo.type");
		}
		BufferedImage decoded = decode(upload, format);
		BufferedImage scaled = scaled(decoded);
		byte[] jpeg = jpeg(scaled);
		return new Encoded(jpeg, scaled.getWidth(), scaled.getHeight(), StoredFiles.sha256(jpeg));
	}

	private static BufferedImage decode(byte[] upload, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			reader.setInput(in, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width > MAX_SIDE || height > MAX_SIDE) {
				throw new Rejection(FIELD, "photo.dimensions", width, height, MAX_SIDE);
			}
			ImageReadParam param = reader.getDefaultReadParam();
			// keep at least twice the target size, so that the final scaling still has pixels to average
			int step = Math.max(1, Math.max(width, height) / (2 * LONG_SIDE));
			param.setSourceSubsampling(step, step, 0, 0);
			return reader.read(0, param);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Rejection rejection) {
				throw rejection;
			}
			// a truncated or forged file, or a kind ImageIO cannot read (CMYK JPEG): the same answer
			throw new Rejection(FIELD, "photo.unreadable");
		}
		finally {
			reader.dispose();
		}
	}

	/** Onto an opaque RGB canvas (PNG transparency becomes white), halving first for a smooth result. */
	private static BufferedImage scaled(BufferedImage source) {
		double factor = Math.min(1.0, (double) LONG_SIDE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
		BufferedImage current = source;
		// one bilinear step of more than half would skip pixels instead of averaging them
		while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
			current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
		}
		return draw(current, width, height);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	/** A baseline JPEG of the pixels alone: no metadata is handed to the writer. */
	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("JPEG encoding failed", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
