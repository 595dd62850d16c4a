package org.tongxin.demands.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.demands.CaseFigure;
import org.tongxin.demands.CaseFilter;
import org.tongxin.demands.DemandStatus;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.web.ListFilterForm;

/** The case list's filter bar as query parameters (pages and API alike). Bad values are refused naming the field. */
public class CaseFilterForm extends ListFilterForm {

	private String status;

	private Long category;

	private boolean overdue;

	private String from;

	private String to;

	private Long enterprise;

	private String figure;

	public String getFigure() {
		return figure;
	}

	public void setFigure(String figure) {
		this.figure = figure;
	}

	/** The message code naming the figure asked, or null when none or an unknown one (refused by {@link #toFilter}). */
	public String getFigureLabel() {
		if (figure == null) {
			return null;
		}
		return java.util.Arrays.stream(CaseFigure.values()).filter(f -> f.name().equals(figure.strip())).findFirst()
			.map(f -> "demand.figure." + f.name()).orElse(null);
	}

	public Long getEnterprise() {
		return enterprise;
	}

	public void setEnterprise(Long enterprise) {
		this.enterprise = enterprise;
	}

	public CaseFilter toFilter() {
		DemandStatus s = null;
		if (status != null && !status.isBlank()) {
			try {
				s = DemandStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new Rejection("status", "demand.status.unknown", status);
			}
		}
		CaseFigure f = null;
		if (figure != null && !figure.isBlank()) {
			try {
				f = CaseFigure.valueOf(figure.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new Rejection("figure", "demand.figure.unknown");
			}
		}
		return new CaseFilter(getQ(), s, category, getUnit(), overdue, date("from", from), date("to", to),
				enterprise, f);
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "demand.date.invalid", value);
		}
	}

	String listUrl() {
		return listUrl("/demands", false);
	}

	@Override
	protected void addFilters(UriComponentsBuilder url) {
		param(url, "status", status);
		param(url, "category", category);
		param(url, "overdue", overdue ? "true" : null);
		param(url, "from", from);
		param(url, "to", to);
		param(url, "enterprise", enterprise);
		param(url, "figure", figure);
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public Long getCategory() {
		return category;
	}

	public void setCategory(Long category) {
		this.category = category;
	}

	public boolean isOverdue() {
		return overdue;
	}

	public void setOverdue(boolean overdue) {
		this.overdue = overdue;
	}

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

}
