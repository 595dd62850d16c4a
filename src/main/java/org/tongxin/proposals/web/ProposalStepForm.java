package org.tongxin.proposals.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.tongxin.proposals.internal.ProposalInput;
import org.tongxin.shared.domain.Rejection;

/**
 * Every step form of a proposal's page in one object: each step reads the fields it needs. Text
 * (a reason, a note, a reply, a comment) is typed into {@code text}; units are chosen by code.
 */
public class ProposalStepForm implements java.io.Serializable {

	private long version;

	private String text;

	private String username;

	private boolean publicVisible;

	private String targetNo;

	private String leadUnitCode;

	private List<String> coUnitCodes = new ArrayList<>();

	private String dueDate;

	private boolean contacted;

	private String attitude;

	private String adoption;

	private String result;

	private boolean rehandle;

	LocalDate due() {
		if (dueDate == null || dueDate.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(dueDate.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection("dueDate", "proposal.date.invalid", dueDate);
		}
	}

	ProposalInput.FeedbackText feedback() {
		return new ProposalInput.FeedbackText(contacted, attitude, adoption, result, text, rehandle);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public boolean isPublicVisible() {
		return publicVisible;
	}

	public void setPublicVisible(boolean publicVisible) {
		this.publicVisible = publicVisible;
	}

	public String getTargetNo() {
		return targetNo;
	}

	public void setTargetNo(String targetNo) {
		this.targetNo = targetNo;
	}

	public String getLeadUnitCode() {
		return leadUnitCode;
	}

	public void setLeadUnitCode(String leadUnitCode) {
		this.leadUnitCode = leadUnitCode;
	}

	public List<String> getCoUnitCodes() {
		return coUnitCodes;
	}

	public void setCoUnitCodes(List<String> coUnitCodes) {
		this.coUnitCodes = coUnitCodes == null ? new ArrayList<>() : coUnitCodes;
	}

	public String getDueDate() {
		return dueDate;
	}

	public void setDueDate(String dueDate) {
		this.dueDate = dueDate;
	}

	public boolean isContacted() {
		return contacted;
	}

	public void setContacted(boolean contacted) {
		this.contacted = contacted;
	}

	public String getAttitude() {
		return attitude;
	}

	public void setAttitude(String attitude) {
		this.attitude = attitude;
	}

	public String getAdoption() {
		return adoption;
	}

	public void setAdoption(String adoption) {
		this.adoption = adoption;
	}

	public String getResult() {
		return result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public boolean isRehandle() {
		return rehandle;
	}

	public void setRehandle(boolean rehandle) {
		this.rehandle = rehandle;
	}

}
