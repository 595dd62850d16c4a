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

	private Long enterpriseId;

	private String enterpriseName;

	private String stationCode;

	private List<MultipartFile> files;

	Submission toSubmission() {
		return new Submission(categoryId, title, description, personId, enterpriseId, stationCode);
	}

	public String getStationCode() {
		return stationCode;
	}

	public void setStationCode(String stationCode) {
		this.stationCode = stationCode;
	}

	public Long getEnterpriseId() {
		return enterpriseId;
	}

	public void setEnterpriseId(Long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public String getEnterpriseName() {
		return enterpriseName;
	}

	public void setEnterpriseName(String enterpriseName) {
		this.enterpriseName = enterpriseName;
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
