package org.tongxin.proposals.reports;

import java.time.Instant;

/**
 * One public-opinion report as stored ({@code proposals_report}), with its category's names. The
 * submitted text stays as written; the staff's edit is kept beside it and is what goes upward.
 */
public record Report(long id, String reportNo, String categoryCode, String categoryZh, String categoryEn, String title,
		String body, String editedTitle, String editedBody, String reporterKind, Long reporterPersonId,
		long reporterUnitId, String reporterUnitPath, String reporterName, long authorUserId, ReportStatus status,
		Instant submittedAt, Instant reviewedAt, String reviewNote, long version) {

	/** The title as it now reads: the edited one once staff edited it. */
	public String currentTitle() {
		return editedTitle != null ? editedTitle : title;
	}

	public String categoryName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? categoryEn : categoryZh;
	}

	Report edited(String newTitle, String newBody) {
		return new Report(id, reportNo, categoryCode, categoryZh, categoryEn, title, body, newTitle, newBody, reporterKind,
				reporterPersonId, reporterUnitId, reporterUnitPath, reporterName, authorUserId, status, submittedAt,
				reviewedAt, reviewNote, version);
	}

	Report reviewed(ReportStatus next, Instant at, String note) {
		return new Report(id, reportNo, categoryCode, categoryZh, categoryEn, title, body, editedTitle, editedBody,
				reporterKind, reporterPersonId, reporterUnitId, reporterUnitPath, reporterName, authorUserId, next,
				submittedAt, at, note, version);
	}

}
