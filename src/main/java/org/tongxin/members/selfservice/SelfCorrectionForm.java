package org.tongxin.members.selfservice;

import java.util.LinkedHashMap;
import java.util.Map;

/** The member's correction form: every correctable field (pre-filled with the current value) and the reason. */
public class SelfCorrectionForm {

	private String phone;

	private String education;

	private String workUnit;

	private String post;

	private String expertise;

	private String awards;

	private String reason;

	static SelfCorrectionForm of(Map<String, String> current) {
		SelfCorrectionForm form = new SelfCorrectionForm();
		form.phone = current.get("phone");
		form.education = current.get("education");
		form.workUnit = current.get("workUnit");
		form.post = current.get("post");
		form.expertise = current.get("expertise");
		form.awards = current.get("awards");
		return form;
	}

	/** Every field is on the form: empty means "none"; unchanged fields are dropped by the service. */
	Map<String, String> proposed() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("phone", text(phone));
		values.put("education", text(education));
		values.put("workUnit", text(workUnit));
		values.put("post", text(post));
		values.put("expertise", text(expertise));
		values.put("awards", text(awards));
		return values;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEducation() {
		return education;
	}

	public void setEducation(String education) {
		this.education = education;
	}

	public String getWorkUnit() {
		return workUnit;
	}

	public void setWorkUnit(String workUnit) {
		this.workUnit = workUnit;
	}

	public String getPost() {
		return post;
	}

	public void setPost(String post) {
		this.post = post;
	}

	public String getExpertise() {
		return expertise;
	}

	public void setExpertise(String expertise) {
		this.expertise = expertise;
	}

	public String getAwards() {
		return awards;
	}

	public void setAwards(String awards) {
		this.awards = awards;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
