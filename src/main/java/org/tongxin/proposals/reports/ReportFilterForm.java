package org.tongxin.proposals.reports;

import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.proposals.Level;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.web.ListFilterForm;

/** The report list's filters as query parameters (pages and API alike). Bad values are refused naming the field. */
public class ReportFilterForm extends ListFilterForm {

	private String status;

	private String category;

	private String year;

	private String level;

	private String from;

	private String to;

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	/** Opened from a figure: narrowed to a unit or a submission period the bar does not show. */
	public boolean isNarrowed() {
		return present(getUnit()) || present(from) || present(to);
	}

	ReportFilter toFilter() {
		ReportStatus s = null;
		if (present(status)) {
			try {
				s = ReportStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new Rejection("status", "report.status.unknown", status);
			}
		}
		Integer y = null;
		if (present(year)) {
			try {
				y = Integer.valueOf(year.strip());
			}
			catch (NumberFormatException ex) {
				throw new Rejection("year", "report.year.invalid", year);
			}
			if (y < 2000 || y > 2100) {
				throw new Rejection("year", "report.year.invalid", year);
			}
		}
		Level l = present(level) ? ReportTexts.level("level", level) : null;
		return new ReportFilter(s, present(category) ? category.strip() : null, y, l, getUnit(), from, to);
	}

	String listUrl() {
		return listUrl("/reports", true);
	}

	@Override
	protected void addFilters(UriComponentsBuilder url) {
		param(url, "status", status);
		param(url, "category", category);
		param(url, "year", year);
		param(url, "level", level);
		param(url, "from", from);
		param(url, "to", to);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

}
