package org.tongxin.demands.web;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.tongxin.demands.Submission;

/** The submission form as posted; kept whole when refused, so nothing typed is lost. */
public class SubmissionForm {

	private Long categoryId;

	private String title;

	private String description;

	private Long personId;

	private String personName;

	private List<MultipartFile> files;

	Submission toSubmission() {
		return new Submission(categoryId, title, description, personId, null);
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getPersonId() {
		return personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

}
