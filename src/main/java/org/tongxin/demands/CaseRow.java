package org.tongxin.demands;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.tongxin.demands.sla.SlaClock;

/**
 * A case in a list or an inbox queue, with names resolved and its clock's light for today. The
 * marks are unwrapped in the API's JSON, which stays one flat object.
 */
public record CaseRow(long id, String caseNo, String title, String categoryName, DemandStatus status, int round,
		String unitName, String handlingUnitName, Instant submittedAt, LocalDate deadline, SlaClock clock,
		@JsonUnwrapped Marks marks) {

	/** Whether a leader supervises the case (督办), whether a late step was escalated to a superior unit. */
	public record Marks(boolean supervised, boolean escalated) {
	}

}
