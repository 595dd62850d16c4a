package org.tongxin.demands.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.demands.Channel;
import org.tongxin.demands.DemandStatus;
import org.tongxin.demands.Rating;

/**
 * One row of {@code demands_case} (V15 explains each column). Immutable: each workflow step makes
 * the next state with the {@code with...} methods and {@link CaseStore#update} writes it if nobody
 * changed the row in between.
 */
public record DemandCase(long id, String caseNo, long categoryId, String title, String description, Long personId,
		Long enterpriseId, Long requesterUserId, long submittedByUserId, Channel channel, long unitId, String unitPath,
		Long handlingUnitId, String handlingUnitPath, Long leadUserId, DemandStatus status, int round,
		Instant submittedAt, LocalDate acceptDue, Instant acceptedAt, LocalDate dueDate, Instant answeredAt,
		Instant closedAt, String answer, Rating rating, String ratingComment, int reopenedCount, boolean everLate,
		BigDecimal amount, String escalationMark, Long escalatedUnitId, String escalatedUnitPath, boolean supervised,
		long version) {

	/** The deadline of the step the case waits for, or null when no clock runs. */
	public LocalDate openDeadline() {
		return switch (status) {
			case SUBMITTED -> acceptDue;
			case HANDLING -> dueDate;
			default -> null;
		};
	}

	DemandCase accepted(Instant at, long handlingUnit, String handlingPath, long lead, LocalDate due, boolean late) {
		return new DemandCase(id, caseNo, categoryId, title, description, personId, enterpriseId, requesterUserId,
				submittedByUserId, channel, unitId, unitPath, handlingUnit, handlingPath, lead, DemandStatus.HANDLING,
				round, submittedAt, acceptDue, at, due, answeredAt, closedAt, answer, rating, ratingComment,
				reopenedCount, everLate || late, amount, null, null, null, supervised, version);
	}

	DemandCase declined(Instant at) {
		return new DemandCase(id, caseNo, categoryId, title, description, personId, enterpriseId, requesterUserId,
				submittedByUserId, channel, unitId, unitPath, handlingUnitId, handlingUnitPath, leadUserId,
				DemandStatus.DECLINED, round, submittedAt, acceptDue, acceptedAt, dueDate, answeredAt, at, answer,
				rating, ratingComment, reopenedCount, everLate, amount, null, null, null, supervised, version);
	}

	DemandCase transferred(long handlingUnit, String handlingPath, long lead) {
		return new DemandCase(id, caseNo, categoryId, title, description, personId, enterpriseId, requesterUserId,
				submittedByUserId, channel, unitId, unitPath, handlingUnit, handlingPath, lead, status, round,
				submittedAt, acceptDue, acceptedAt, dueDate, answeredAt, closedAt, answer, rating, ratingComment,
				reopenedCount, everLate, amount, escalationMark, escalatedUnitId, escalatedUnitPath, supervised,
				version);
	}

	DemandCase answered(Instant at, String text, BigDecimal money, boolean late) {
		return new DemandCase(id, caseNo, categoryId, title, description, personId, enterpriseId, requesterUserId,
				submittedByUserId, channel, unitId, unitPath, handlingUnitId, handlingUnitPath, leadUserId,
				DemandStatus.ANSWERED, round, submittedAt, acceptDue, acceptedAt, dueDate, at, closedAt, text, rating,
				ratingComment, reopenedCount, everLate || late, money, null, null, null, supervised, version);
	}

	DemandCase rated(Instant at, Rating given, String comment) {
		return new DemandCase(id, caseNo, categoryId, title, description, personId, enterpriseId, requesterUserId,
				submittedByUserId, channel, unitId, unitPath, handlingUnitId, handlingUnitPath, leadUserId,
				DemandStatus.CLOSED, round, submittedAt, acceptDue, acceptedAt, dueDate, answeredAt, at, answer, given,
				comment, reopenedCount, everLate, amount, null, null, null, supervised, version);
	}

	/** "Dissatisfied": another round with the same handlers and a new deadline. */
	DemandCase reopened(Rating given, String comment, LocalDate newDue) {
		return new DemandCase(id, caseNo, categoryId, title, description, personId, enterpriseId, requesterUserId,
				submittedByUserId, channel, unitId, unitPath, handlingUnitId, handlingUnitPath, leadUserId,
				DemandStatus.HANDLING, round + 1, submittedAt, acceptDue, acceptedAt, newDue, answeredAt, closedAt,
				answer, given, comment, reopenedCount + 1, everLate, amount, null, null, null, supervised, version);
	}

}
