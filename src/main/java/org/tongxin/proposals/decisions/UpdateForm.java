package org.tongxin.proposals.decisions;

/** The form of a dated update of one result (which one is in the path). */
public class UpdateForm implements java.io.Serializable {

	private String progress;

	private String note;

	private Long version;

	UpdateDraft toDraft() {
		return new UpdateDraft(progress, note, version);
	}

	public String getProgress() {
		return progress;
	}

	public void setProgress(String progress) {
		this.progress = progress;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
