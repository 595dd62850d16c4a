package org.tongxin.members.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.tongxin.members.MemberCategory;
import org.tongxin.members.MemberDetail;
import org.tongxin.members.MemberDraft;
import org.tongxin.org.UnitPicker;

/**
 * The person form (new and edit). On edit, an actor who may not see the sensitive fields gets them
 * empty; leaving them empty then keeps the stored values instead of clearing them. The birth date
 * counts among them here: such an actor reads only its year (IdentityMasking).
 */
public class MemberForm {

	private String name;

	private String unitCode;

	private String gender;

	private String birthDate;

	private String ethnicity;

	private String idNumber;

	private String phone;

	private String education;

	private String workUnit;

	private String post;

	private String politicalAffiliation;

	private String religion;

	private String expertise;

	private String awards;

	private String notes;

	/** The liaison as typed or picked: "name (username)"; empty for none. */
	private String liaison;

	private List<String> categories = new ArrayList<>();

	private Long version;

	/** The form of an existing person; sensitive fields only when the detail holds their values. */
	static MemberForm of(MemberDetail d) {
		MemberForm form = new MemberForm();
		form.name = d.name();
		form.unitCode = d.unit() == null ? null : UnitPicker.label(d.unit());
		form.gender = d.gender();
		form.birthDate = d.birthDate() == null ? null : d.birthDate().toString();
		form.education = d.education();
		form.workUnit = d.workUnit();
		form.post = d.post();
		form.expertise = d.expertise();
		form.awards = d.awards();
		form.notes = d.notes();
		form.categories = new ArrayList<>(d.categories().stream().map(MemberCategory::code).toList());
		form.version = d.version();
		if (d.unmasked()) {
			form.ethnicity = d.ethnicity();
			form.idNumber = d.idNumber();
			form.phone = d.phone();
			form.politicalAffiliation = d.politicalAffiliation();
			form.religion = d.religion();
		}
		return form;
	}

	/** {@code sensitiveShown}: the actor saw the sensitive fields, so an empty one means "clear". */
	MemberDraft toDraft(boolean sensitiveShown, Long liaisonUserId) {
		return new MemberDraft(text(name), text(unitCode), text(gender), sensitive(birthDate, sensitiveShown),
				sensitive(ethnicity, sensitiveShown), sensitive(idNumber, sensitiveShown), sensitive(phone, sensitiveShown),
				text(education), text(workUnit), text(post), sensitive(politicalAffiliation, sensitiveShown),
				sensitive(religion, sensitiveShown), text(expertise), text(awards), text(notes), liaisonUserId,
				new LinkedHashSet<>(categories == null ? List.of() : categories), version);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String sensitive(String value, boolean shown) {
		return value == null || value.isBlank() ? (shown ? "" : null) : value;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getGender() {
		return gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public String getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(String birthDate) {
		this.birthDate = birthDate;
	}

	public String getEthnicity() {
		return ethnicity;
	}

	public void setEthnicity(String ethnicity) {
		this.ethnicity = ethnicity;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
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

	public String getPoliticalAffiliation() {
		return politicalAffiliation;
	}

	public void setPoliticalAffiliation(String politicalAffiliation) {
		this.politicalAffiliation = politicalAffiliation;
	}

	public String getReligion() {
		return religion;
	}

	public void setReligion(String religion) {
		this.religion = religion;
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

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getLiaison() {
		return liaison;
	}

	public void setLiaison(String liaison) {
		this.liaison = liaison;
	}

	public List<String> getCategories() {
		return categories;
	}

	public void setCategories(List<String> categories) {
		this.categories = categories;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
