package org.tongxin.demands.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.tongxin.demands.Assignment;

/**
 * Any step's form on the case page (each form posts the fields its step needs). Kept whole and
 * shown again when a step is refused, so nothing typed is lost; it travels to the page in the
 * session (flash), hence serializable.
 */
public class StepForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private long version;

	private String unitCode;

	private Long leadUserId;

	private List<Long> coHandlerIds;

	private String text;

	private String amount;

	private String rating;

	Assignment assignment() {
		return new Assignment(unitCode, leadUserId, coHandlerIds);
	}

	/** The amount in yuan, or null when empty; unparsable text is refused naming the field. */
	BigDecimal amountValue() {
		if (amount == null || amount.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(amount.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new org.tongxin.shared.domain.Rejection("amount", "demand.amount.invalid");
		}
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public Long getLeadUserId() {
		return leadUserId;
	}

	public void setLeadUserId(Long leadUserId) {
		this.leadUserId = leadUserId;
	}

	public List<Long> getCoHandlerIds() {
		return coHandlerIds;
	}

	public void setCoHandlerIds(List<Long> coHandlerIds) {
		this.coHandlerIds = coHandlerIds;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getRating() {
		return rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

}
