package org.tongxin.proposals.decisions;

/** Linking a proposal or report to a decision from the decision's page: the kind and the record's id. */
public class LinkForm implements java.io.Serializable {

	private String kind;

	private String sourceId;

	LinkDraft toDraft() {
		return new LinkDraft(kind, sourceId);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getSourceId() {
		return sourceId;
	}

	public void setSourceId(String sourceId) {
		this.sourceId = sourceId;
	}

}
