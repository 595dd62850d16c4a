package org.tongxin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeTest {

	@Test
	void theQrCodeReadsBackAsTheEnrolmentUri() throws Exception {
		String uri = Totp.otpauthUri("Tongxin", "admin", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(new QRCodeReader().decode(bitmap(QrCode.encode(uri), 4)).getText()).isEqualTo(uri);
	}

	@Test
	void itIsAnSvgDataUri() {
		assertThat(QrCode.svgDataUri("otpauth://totp/x")).startsWith("data:image/svg+xml;base64,");
		assertThat(QrCode.svg("otpauth://totp/x")).startsWith("<svg").contains("<path d=\"M");
	}

	/** The matrix as a picture with a white border, as a phone camera would see the screen. */
	private static BinaryBitmap bitmap(BitMatrix matrix, int scale) {
		int border = 4 * scale;
		int width = matrix.getWidth() * scale + 2 * border;
		int[] pixels = new int[width * width];
		for (int y = 0; y < width; y++) {
			for (int x = 0; x < width; x++) {
				int mx = (x - border) / scale;
				int my = (y - border) / scale;
				boolean dark = x >= border && y >= border && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
				pixels[y * width + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
			}
		}
		return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
	}

}
