package org.tongxin.proposals.reports;

/**
 * Any staff step's form on a report's page (each form posts the fields its step needs): the
 * version for guarded steps, title and body for an edit, text for a reason or an instruction, who
 * for a recipient or an adopter, post for a leader's post, level and date. Kept whole and shown
 * again when a step is refused.
 */
public class ReportStepForm implements java.io.Serializable {

	private Long version;

	private String title;

	private String body;

	private String text;

	private String level;

	private String who;

	private String post;

	private String date;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
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

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getWho() {
		return who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public String getPost() {
		return post;
	}

	public void setPost(String post) {
		this.post = post;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

}
