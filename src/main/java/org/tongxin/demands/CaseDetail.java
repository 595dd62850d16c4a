package org.tongxin.demands;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.tongxin.demands.sla.SlaClock;
import org.tongxin.shared.workflow.TypicalMark;

/**
 * A case as its page and the API show it: the record with names resolved, its clock for today, its
 * history oldest first, its attachments, and the steps the viewer may take now. Its parts are
 * unwrapped in the API's JSON, which stays one flat object with the fields in this order.
 */
public record CaseDetail(long id, String caseNo, long version, @JsonUnwrapped Category category,
		@JsonUnwrapped Request request, @JsonUnwrapped Handling handling, @JsonUnwrapped Stage stage,
		@JsonUnwrapped Outcome outcome, @JsonUnwrapped Attention attention, List<Step> history, List<File> attachments,
		Set<String> steps) {

	/** Something named: a unit, a user, a person. {@code code} only for units. */
	public record Named(long id, String name, String code) {
	}

	/** The case's category, and whether its answers carry an amount. */
	public record Category(long categoryId, String categoryName, boolean withAmount) {
	}

	/** What was asked, for whom, through which channel, by whom, where it arose. */
	public record Request(String title, String description, Named person, Named enterprise, Channel channel,
			Named submittedBy, Named unit) {
	}

	/** Who handles the case (all null, co-handlers empty, until it is accepted). */
	public record Handling(Named handlingUnit, Named lead, List<Named> coHandlers) {
	}

	/** Where the case stands and the dates of its steps and clocks. */
	public record Stage(DemandStatus status, int round, Instant submittedAt, LocalDate acceptDue, Instant acceptedAt,
			LocalDate dueDate, Instant answeredAt, Instant closedAt) {
	}

	/** The answer and what the requester made of it; whether a step was ever late. */
	public record Outcome(String answer, Rating rating, String ratingComment, int reopenedCount, boolean everLate,
			BigDecimal amount) {
	}

	/**
	 * Attention from above (the unit a late step was escalated to, supervision, the mark of a typical
	 * case with its note, null when not marked) and the clock's light.
	 */
	public record Attention(Named escalatedTo, boolean supervised, TypicalMark typical, SlaClock clock) {
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
