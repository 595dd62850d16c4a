package org.tongxin.proposals.reports;

import org.tongxin.shared.web.FieldProblems;

/**
 * A report's text: as submitted, which stays as written, and the staff's edit beside it (null until
 * edited), which is what goes upward. In the API's report its four fields stand at the top level.
 */
public record ReportText(String title, String body, String editedTitle, String editedBody) {

	static final int TITLE_MAX = 100;

	static final int BODY_MAX = 5000;

	/** A title and a body as typed, both checked (required, bounded, no markup), both named if wrong. */
	static ReportText written(String title, String body) {
		FieldProblems problems = new FieldProblems("report");
		String t = problems.collect(() -> ReportTexts.required("title", title, TITLE_MAX));
		String b = problems.collect(() -> ReportTexts.required("body", body, BODY_MAX));
		problems.done();
		return new ReportText(t, b, null, null);
	}

	/** This text with a checked edit beside it; the submitted text stays. */
	ReportText editedTo(String title, String body) {
		ReportText edit = written(title, body);
		return new ReportText(this.title, this.body, edit.title(), edit.body());
	}

	public boolean edited() {
		return editedTitle != null;
	}

	/** The title as it now reads: the edited one once staff edited it. */
	public String currentTitle() {
		return edited() ? editedTitle : title;
	}

	public String currentBody() {
		return edited() ? editedBody : body;
	}

}
