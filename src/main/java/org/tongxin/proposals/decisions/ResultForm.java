package org.tongxin.proposals.decisions;

/** The form of a new implementation result; the owner unit by code, as the unit picker fills it. */
public class ResultForm implements java.io.Serializable {

	private String title;

	private String description;

	private String ownerUnitCode;

	private String ownerName;

	private String startsOn;

	private String dueOn;

	ResultDraft toDraft() {
		return new ResultDraft(title, description, ownerUnitCode, ownerName, startsOn, dueOn);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwnerUnitCode() {
		return ownerUnitCode;
	}

	public void setOwnerUnitCode(String ownerUnitCode) {
		this.ownerUnitCode = ownerUnitCode;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

}
