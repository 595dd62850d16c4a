package org.tongxin.members.photo;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A photo as an HTTP answer: private to the viewer's browser (a photo is personal data, and who may
 * see it depends on the viewer), revalidated every time against its ETag, so a changed photo or a
 * changed scope shows at once while an unchanged photo costs a 304. {@code nosniff} comes from the
 * platform's security headers.
 */
final class PhotoAnswers {

	private static final CacheControl PRIVATE = CacheControl.noCache().cachePrivate();

	/** A neutral silhouette for people without a photo, so the detail page needs no query to know. */
	private static final byte[] PLACEHOLDER = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 150\">"
			+ "<rect width=\"120\" height=\"150\" fill=\"#e9ecef\"/><circle cx=\"60\" cy=\"58\" r=\"26\" fill=\"#adb5bd\"/>"
			+ "<path d=\"M18 150c0-30 19-50 42-50s42 20 42 50z\" fill=\"#adb5bd\"/></svg>")
		.getBytes(StandardCharsets.UTF_8);

	private PhotoAnswers() {
	}

	static ResponseEntity<byte[]> jpeg(Photo photo) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(PRIVATE).eTag(photo.hash())
			.body(photo.jpeg());
	}

	static ResponseEntity<byte[]> placeholder() {
		return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).cacheControl(PRIVATE)
			.eTag("placeholder").body(PLACEHOLDER);
	}

}
