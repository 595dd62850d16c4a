package org.tongxin.members.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriUtils;

/**
 * The download's headers: the Chinese file name as RFC 5987 {@code filename*} (with an ASCII
 * {@code filename} for clients that lack it), and no-store because the file holds personal data.
 */
final class XlsxResponse {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private XlsxResponse() {
	}

	static String fileName(LocalDate day) {
		return "统战对象-" + day + ".xlsx";
	}

	static OutputStream open(HttpServletResponse response, LocalDate day) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members-" + day + ".xlsx\"; filename*=UTF-8''"
				+ UriUtils.encode(fileName(day), StandardCharsets.UTF_8));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getOutputStream();
	}

}
