package org.tongxin.members.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.members.MemberFilter;
import org.tongxin.shared.web.ListFilterForm;

/** The filter bar of the member list, as query parameters. */
public class MemberFilterForm extends ListFilterForm {

	private String category;

	private String affiliation;

	private String gender;

	private Integer ageFrom;

	private Integer ageTo;

	// "who could be nominated" (talent pool): tag code, current NPC/CPPCC seat, education
	private String tag;

	private String postKind;

	private String postLevel;

	private String education;

	// coverage gaps: NONE (no liaison yet) or ASSIGNED
	private String liaison;

	// several affiliations: a current association/chamber post's organisation, an award's title and level
	private String organisation;

	private String award;

	private String awardLevel;

	public MemberFilter toFilter() {
		return new MemberFilter(getQ(), getUnit(), category, affiliation, gender, ageFrom, ageTo, getSort(), getDir(), tag,
				postKind, postLevel, education, liaison, organisation, award, awardLevel);
	}

	String listUrl(boolean withSort) {
		return listUrl("/members", withSort);
	}

	/** The Excel export of this list (filters and sort, no page). */
	public String exportUrl() {
		return listUrl("/members/export.xlsx", true);
	}

	@Override
	protected void addFilters(UriComponentsBuilder url) {
		param(url, "category", category);
		param(url, "affiliation", affiliation);
		param(url, "gender", gender);
		param(url, "ageFrom", ageFrom);
		param(url, "ageTo", ageTo);
		param(url, "tag", tag);
		param(url, "postKind", postKind);
		param(url, "postLevel", postLevel);
		param(url, "education", education);
		param(url, "liaison", liaison);
		param(url, "organisation", organisation);
		param(url, "award", award);
		param(url, "awardLevel", awardLevel);
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getAffiliation() {
		return affiliation;
	}

	public void setAffiliation(String affiliation) {
		this.affiliation = affiliation;
	}

	public String getGender() {
		return gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public Integer getAgeFrom() {
		return ageFrom;
	}

	public void setAgeFrom(Integer ageFrom) {
		this.ageFrom = ageFrom;
	}

	public Integer getAgeTo() {
		return ageTo;
	}

	public void setAgeTo(Integer ageTo) {
		this.ageTo = ageTo;
	}

	public String getTag() {
		return tag;
	}

	public void setTag(String tag) {
		this.tag = tag;
	}

	public String getPostKind() {
		return postKind;
	}

	public void setPostKind(String postKind) {
		this.postKind = postKind;
	}

	public String getPostLevel() {
		return postLevel;
	}

	public void setPostLevel(String postLevel) {
		this.postLevel = postLevel;
	}

	public String getEducation() {
		return education;
	}

	public void setEducation(String education) {
		this.education = education;
	}

	public String getLiaison() {
		return liaison;
	}

	public void setLiaison(String liaison) {
		this.liaison = liaison;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getAward() {
		return award;
	}

	public void setAward(String award) {
		this.award = award;
	}

	public String getAwardLevel() {
		return awardLevel;
	}

	public void setAwardLevel(String awardLevel) {
		this.awardLevel = awardLevel;
	}

}
