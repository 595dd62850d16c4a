package org.tongxin.calendar.web;

/** The mark-a-day form of the calendar page. */
public class DayForm {

	private String date;

	private String kind = "HOLIDAY";

	private String name;

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
