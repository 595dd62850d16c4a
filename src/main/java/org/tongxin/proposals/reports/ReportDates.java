package org.tongxin.proposals.reports;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongxin.proposals.Level;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.Rejection;

/**
 * The order of a report's dates, which staff type after the fact and can mistype: nothing happens
 * to a report before it was submitted; at one level it is adopted (采用) only once it was forwarded
 * (报送) there, so an adoption is not dated before that level's forward, nor a forward after that
 * level's adoption. Each refusal names the field and the date it collides with. (Dates after today
 * are refused by {@link ReportTexts#pastDate}.)
 */
final class ReportDates {

	private ReportDates() {
	}

	static void notBeforeSubmission(String field, LocalDate on, Report report) {
		LocalDate submitted = OfficeTime.dateOf(report.submittedAt());
		if (on.isBefore(submitted)) {
			// report.forwardedOn.beforeSubmitted, report.adoptedOn..., report.instructedOn...: the message names the field
			throw new Rejection(field, "report." + field + ".beforeSubmitted", on.toString(), submitted.toString());
		}
	}

	/** An adoption at {@code level} dated {@code on}, against that level's forward (if any). */
	static void adoptionAfterForward(LocalDate on, Level level, Optional<LocalDate> forwardedOn) {
		forwardedOn.filter(on::isBefore).ifPresent(forwarded -> {
			throw new Rejection("adoptedOn", "report.date.adoptedBeforeForward", on.toString(), label(level),
					forwarded.toString());
		});
	}

	/** A forward to {@code level} dated {@code on}, against that level's adoption (if recorded first). */
	static void forwardBeforeAdoption(LocalDate on, Level level, Optional<LocalDate> adoptedOn) {
		adoptedOn.filter(on::isAfter).ifPresent(adopted -> {
			throw new Rejection("forwardedOn", "report.date.forwardedAfterAdoption", on.toString(), label(level),
					adopted.toString());
		});
	}

	/** The level as a message argument in the reader's language (市级, City). */
	static DefaultMessageSourceResolvable label(Level level) {
		return new DefaultMessageSourceResolvable(new String[] { "report.level." + level.name() }, level.name());
	}

}
