package org.tongxin.shared.files;

import java.util.Set;

/**
 * The kinds of documents users may attach, each with the names it may carry and the content type it
 * is served with. Images may be shown inline; everything else is only ever downloaded.
 */
public enum DocumentKind {

	JPEG("image/jpeg", true, "jpg", "jpeg"),
	PNG("image/png", true, "png"),
	PDF("application/pdf", false, "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx");

	private final String contentType;

	private final boolean image;

	private final Set<String> extensions;

	DocumentKind(String contentType, boolean image, String... extensions) {
		this.contentType = contentType;
		this.image = image;
		this.extensions = Set.of(extensions);
	}

	public String contentType() {
		return contentType;
	}

	public boolean isImage() {
		return image;
	}

	public boolean allows(String extension) {
		return extensions.contains(extension);
	}

	public static DocumentKind ofContentType(String type) {
		for (DocumentKind kind : values()) {
			if (kind.contentType.equals(type)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("not a document kind: " + type);
	}

}
