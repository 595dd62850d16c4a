package org.tongxin.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * Writes a problem+json answer without going through a controller: for errors that arise before
 * any controller is chosen (no such path, wrong method) and for the security filters' 401 and 403.
 */
public final class ProblemJson {

	private ProblemJson() {
	}

	public static void write(HttpServletResponse response, int status, String title, String detail, String instance)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status + ",\"detail\":"
					+ quote(detail) + (instance == null ? "" : ",\"instance\":" + quote(instance)) + "}");
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : (text == null ? "" : text).toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
