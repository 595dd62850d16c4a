package org.tongxin.proposals.decisions;

/** The form of a new or changed decision; everything as text, checked by {@link DecisionRules}. */
public class DecisionForm implements java.io.Serializable {

	private String issuer;

	private String reference;

	private String title;

	private String decidedOn;

	private String summary;

	private Long version;

	static DecisionForm of(Decision d) {
		DecisionForm form = new DecisionForm();
		form.issuer = d.issuer().name();
		form.reference = d.reference();
		form.title = d.title();
		form.decidedOn = d.decidedOn().toString();
		form.summary = d.summary();
		form.version = d.version();
		return form;
	}

	DecisionDraft toDraft() {
		return new DecisionDraft(issuer, reference, title, decidedOn, summary, version);
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(String decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
