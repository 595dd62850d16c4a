package org.tongxin.shared.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Recognises an upload over the size limit however it surfaces: Spring's
 * {@link MaxUploadSizeExceededException}, or, with lazy multipart parsing, Tomcat's
 * {@code InvalidParameterException} caused by a {@code SizeLimitExceededException}.
 */
final class UploadLimits {

	private UploadLimits() {
	}

	static boolean isTooLarge(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof MaxUploadSizeExceededException || t.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}

	/** The limit for a message: "20 MB". */
	static String describe(Throwable error, long configuredBytes) {
		long max = error instanceof MaxUploadSizeExceededException m && m.getMaxUploadSize() > 0 ? m.getMaxUploadSize()
				: configuredBytes;
		return (max / (1024 * 1024)) + " MB";
	}

}
