package org.tongxin.demands;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.tongxin.demands.sla.SlaClock;

/**
 * A case as its page and the API show it: the record with names resolved, its clock for today, its
 * history oldest first, its attachments, and the steps the viewer may take now.
 */
public record CaseDetail(long id, String caseNo, long version, long categoryId, String categoryName, boolean withAmount,
		String title, String description, Named person, Named enterprise, Channel channel, Named submittedBy,
		Named unit, Named handlingUnit, Named lead, List<Named> coHandlers, DemandStatus status, int round,
		Instant submittedAt, LocalDate acceptDue, Instant acceptedAt, LocalDate dueDate, Instant answeredAt,
		Instant closedAt, String answer, Rating rating, String ratingComment, int reopenedCount, boolean everLate,
		BigDecimal amount, Named escalatedTo, boolean supervised, SlaClock clock, List<Step> history,
		List<File> attachments, Set<String> steps) {

	/** Something named: a unit, a user, a person. {@code code} only for units. */
	public record Named(long id, String name, String code) {
	}

	/** One step of the history; the files it brought are for the page (the API lists them once, as attachments). */
	public record Step(Instant at, String actor, EventKind kind, int round, String note, String unit, String fromUnit,
			String user, Rating rating, LocalDate dueDate, @JsonIgnore List<File> files) {
	}

	public record File(long id, String name, String contentType, long sizeBytes, boolean image, Instant uploadedAt) {
	}

	public boolean can(String step) {
		return steps.contains(step);
	}

}
