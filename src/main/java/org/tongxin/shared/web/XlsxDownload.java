package org.tongxin.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriUtils;

/**
 * A workbook download's headers: the Chinese file name as RFC 5987 {@code filename*} (with an
 * ASCII {@code filename} for clients that lack it), and no-store because these files hold
 * personal data.
 */
public final class XlsxDownload {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private XlsxDownload() {
	}

	/** Sets the headers and opens the body; {@code asciiName} and {@code displayName} without the extension. */
	public static OutputStream open(HttpServletResponse response, String asciiName, String displayName) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName + ".xlsx\"; filename*=UTF-8''"
				+ UriUtils.encode(displayName + ".xlsx", StandardCharsets.UTF_8));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getOutputStream();
	}

}
