package org.tongxin.members.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.members.MemberFilter;

/** The filter bar of the member list, as query parameters. */
public class MemberFilterForm {

	private String q;

	private String unit;

	private String category;

	private String affiliation;

	private String gender;

	private Integer ageFrom;

	private Integer ageTo;

	private String sort;

	private String dir;

	private int page;

	MemberFilter toFilter() {
		return new MemberFilter(q, unit, category, affiliation, gender, ageFrom, ageTo, sort, dir);
	}

	/** The list URL with these filters (no page), for pagination links; without the sort, for sort links. */
	String listUrl(boolean withSort) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/members");
		param(url, "q", q);
		param(url, "unit", unit);
		param(url, "category", category);
		param(url, "affiliation", affiliation);
		param(url, "gender", gender);
		param(url, "ageFrom", ageFrom == null ? null : ageFrom.toString());
		param(url, "ageTo", ageTo == null ? null : ageTo.toString());
		if (withSort) {
			param(url, "sort", sort);
			param(url, "dir", dir);
		}
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, String value) {
		if (value != null && !value.isBlank()) {
			url.queryParam(name, value.trim());
		}
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
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

	public String getSort() {
		return sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getDir() {
		return dir;
	}

	public void setDir(String dir) {
		this.dir = dir;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
