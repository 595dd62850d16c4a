package org.tongxin.identity.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.identity.internal.UserFilter;

/** The filter bar of the user list, as query parameters. */
public class UserFilterForm {

	private String q;

	private String unit;

	private String role;

	private String status;

	private String sort;

	private String dir;

	private int page;

	UserFilter toFilter() {
		return new UserFilter(q, unit, role, status, sort, dir);
	}

	/** The list URL with these filters (no page), for pagination links; without the sort, for sort links. */
	String listUrl(boolean withSort) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/users");
		param(url, "q", q);
		param(url, "unit", unit);
		param(url, "role", role);
		param(url, "status", status);
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

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
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
