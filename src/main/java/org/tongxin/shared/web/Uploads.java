package org.tongxin.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.tongxin.shared.workflow.RecordAttachments;
import org.tongxin.shared.workflow.Upload;

/**
 * Multipart parts as {@link Upload}s for {@link RecordAttachments}. A part without a file (a form
 * sent with nothing chosen) is skipped. An unreadable part is an {@link IOException}, which the
 * step forms answer as a damaged upload ({@link StepFlow}).
 */
public final class Uploads {

	private Uploads() {
	}

	public static List<Upload> of(List<MultipartFile> parts) throws IOException {
		List<Upload> uploads = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank())) {
					continue;
				}
				uploads.add(new Upload(part.getOriginalFilename(), part.getBytes()));
			}
		}
		return uploads;
	}

	/**
	 * The files of the request's {@value RecordAttachments#FIELD} parts, read only when this is called
	 * (so that an API can answer 404 for a record out of scope whatever was sent).
	 */
	public static List<Upload> of(HttpServletRequest request) throws IOException {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		return of(multipart == null ? List.of() : multipart.getFiles(RecordAttachments.FIELD));
	}

}
