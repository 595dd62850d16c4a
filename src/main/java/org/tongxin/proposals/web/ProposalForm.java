package org.tongxin.proposals.web;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.tongxin.proposals.internal.ProposalInput;

/** The draft form: category, title, body and supporting documents; the version when editing. */
public class ProposalForm {

	private Long version;

	private String categoryCode;

	private String title;

	private String body;

	private List<MultipartFile> files;

	ProposalInput.Text text() {
		return new ProposalInput.Text(categoryCode, title, body);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

}
