package org.tongxin.demands;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.demands.sla.SlaClock;

/** A case in a list or an inbox queue, with names resolved and its clock's light for today. */
public record CaseRow(long id, String caseNo, String title, String categoryName, DemandStatus status, int round,
		String unitName, String handlingUnitName, Instant submittedAt, LocalDate deadline, SlaClock clock,
		boolean supervised, boolean escalated) {
}
