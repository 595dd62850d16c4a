package org.tongxin.proposals.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.proposals.internal.ProposalQuery;
import org.tongxin.proposals.internal.ProposalStatus;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.web.ListFilterForm;

/** The proposal list's filter bar as query parameters (pages and API alike); bad values are refused naming the field. */
public class ProposalFilterForm extends ListFilterForm {

	private String status;

	private String category;

	private Integer year;

	private boolean mine;

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

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	public ProposalQuery.Filter toFilter() {
		ProposalStatus s = null;
		if (status != null && !status.isBlank()) {
			try {
				s = ProposalStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new Rejection("status", "proposal.status.unknown", status);
			}
		}
		if (year != null && (year < 2000 || year > 2100)) {
			throw new Rejection("year", "proposal.year.invalid", year);
		}
		return new ProposalQuery.Filter(getQ(), s, category, year, mine, getUnit(), from, to);
	}

	String listUrl() {
		return listUrl("/proposals", false);
	}

	@Override
	protected void addFilters(UriComponentsBuilder url) {
		param(url, "status", status);
		param(url, "category", category);
		param(url, "year", year);
		param(url, "mine", mine ? "true" : null);
		param(url, "from", from);
		param(url, "to", to);
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

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public boolean isMine() {
		return mine;
	}

	public void setMine(boolean mine) {
		this.mine = mine;
	}

}
