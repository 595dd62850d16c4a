package org.tongxin.members.awards;

/** The add form of the detail page's 荣誉 section. */
public class AwardForm {

	private String title;

	private String level = AwardLevel.NATIONAL.name();

	private String year;

	private String conferredBy;

	AwardDraft toDraft() {
		return new AwardDraft(title, level, year, conferredBy);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getConferredBy() {
		return conferredBy;
	}

	public void setConferredBy(String conferredBy) {
		this.conferredBy = conferredBy;
	}

}
