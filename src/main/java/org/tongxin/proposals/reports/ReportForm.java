package org.tongxin.proposals.reports;

/** The submission form as posted; kept whole when refused, so nothing typed is lost. */
public class ReportForm {

	private String categoryCode;

	private String title;

	private String body;

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
