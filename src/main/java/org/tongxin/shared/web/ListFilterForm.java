package org.tongxin.shared.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every list's filter bar has: free text, a unit (subtree), the sort column and direction,
 * the page and its size (a "jump to" page counts from 1; both bounded by {@link PageSize}).
 * Subclasses add their own filters and name them in {@link #addFilters}, so pagination and sort
 * links carry every filter the user set, and the size chosen.
 */
public abstract class ListFilterForm extends PagedForm {

	private String q;

	private String unit;

	private String sort;

	private String dir;

	private int page;

	/** The list URL with these filters (no page), for pagination links; without the sort, for sort links. */
	protected String listUrl(String path, boolean withSort) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		param(url, "q", q);
		param(url, "unit", unit);
		addFilters(url);
		param(url, "size", chosenSize());
		if (withSort) {
			param(url, "sort", sort);
			param(url, "dir", dir);
		}
		return url.encode().build().toUriString();
	}

	/** Adds the list's own filters with {@link #param}. */
	protected abstract void addFilters(UriComponentsBuilder url);

	protected static void param(UriComponentsBuilder url, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			url.queryParam(name, value.toString().trim());
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

	/**
	 * The pager as asked: the link's page (as typed when it could not be bound as a number), the
	 * "jump to" page and the size.
	 */
	public Pager pager(BindingResult binding) {
		FieldError typed = binding.getFieldError("page");
		return pager(typed != null ? String.valueOf(typed.getRejectedValue()) : String.valueOf(page));
	}

	/** The page to show, 0-based: the one typed into "jump to", else the one of the link. */
	public int getPage() {
		return page(page);
	}

	public void setPage(int page) {
		this.page = page;
	}

}
