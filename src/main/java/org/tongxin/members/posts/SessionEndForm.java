package org.tongxin.members.posts;

/** The session-end form: which session, and the day it ended. */
public class SessionEndForm {

	private String kind = PostKind.CPPCC.name();

	private String level = PostLevel.COUNTY.name();

	private String sessionNumber;

	private String endedOn;

	SessionEndRequest toRequest() {
		return new SessionEndRequest(kind, level, sessionNumber, endedOn);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getSessionNumber() {
		return sessionNumber;
	}

	public void setSessionNumber(String sessionNumber) {
		this.sessionNumber = sessionNumber;
	}

	public String getEndedOn() {
		return endedOn;
	}

	public void setEndedOn(String endedOn) {
		this.endedOn = endedOn;
	}

}
