package org.tongxin.shared.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Describes the upload limit for a message: "20 MB". */
final class UploadLimits {

	private UploadLimits() {
	}

	static String describe(MaxUploadSizeExceededException ex) {
		long max = ex.getMaxUploadSize();
		return max > 0 ? (max / (1024 * 1024)) + " MB" : "20 MB";
	}

}
