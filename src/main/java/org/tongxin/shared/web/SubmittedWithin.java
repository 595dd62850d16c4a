package org.tongxin.shared.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.Period;
import org.tongxin.shared.jdbc.Columns;

/**
 * A list narrowed to the records a figure counts: submitted within {@code from}..{@code to} (office
 * dates, both included; a blank end is the current year's), as figures count them. Appends the
 * condition on the given timestamp column (fixed SQL text of the caller) with bound values; bad
 * dates are a Rejection naming {@code from} or {@code to}.
 */
public final class SubmittedWithin {

	private SubmittedWithin() {
	}

	public static void append(String column, String from, String to, LocalDate today, StringBuilder where,
			Map<String, Object> params) {
		Optional<Period> period = Period.parse(null, from, to, today);
		period.ifPresent(p -> {
			params.put("submittedFrom", Columns.utc(OfficeTime.startOf(p.from())));
			params.put("submittedTo", Columns.utc(OfficeTime.startOf(p.to().plusDays(1))));
			where.append(" and ").append(column).append(" >= :submittedFrom and ").append(column).append(" < :submittedTo");
		});
	}

}
