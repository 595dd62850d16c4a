package org.tongxin.members.posts;

/** The add and edit form of a post; everything as text, checked by {@link PostRules}. */
public class PostForm {

	private String kind;

	private String level;

	private String sessionNumber;

	private String organisation;

	private String sector;

	private String position;

	private String startedOn;

	private String endedOn;

	private Long version;

	static PostForm of(PostLine p) {
		PostForm form = new PostForm();
		form.kind = p.kind();
		form.level = p.level();
		form.sessionNumber = p.sessionNumber() == null ? null : p.sessionNumber().toString();
		form.organisation = p.organisation();
		form.sector = p.sector();
		form.position = p.position();
		form.startedOn = p.startedOn().toString();
		form.endedOn = p.endedOn() == null ? null : p.endedOn().toString();
		form.version = p.version();
		return form;
	}

	/** Every field is on the form, so an empty one means "clear" (never "keep", as in a PATCH). */
	PostDraft toDraft() {
		return new PostDraft(text(kind), text(level), text(sessionNumber), text(organisation), text(sector),
				text(position), text(startedOn), text(endedOn), version);
	}

	private static String text(String value) {
		return value == null ? "" : value;
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

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(String startedOn) {
		this.startedOn = startedOn;
	}

	public String getEndedOn() {
		return endedOn;
	}

	public void setEndedOn(String endedOn) {
		this.endedOn = endedOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
