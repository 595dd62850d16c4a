package org.tongxin.inbox;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.SlaLight;

/**
 * One piece of work as the inbox lists it.
 *
 * @param module the module it comes from (demands, proposals, members…)
 * @param type the type of record (demand, proposal, report…)
 * @param kind what is to be done, a message code ({@code demand.waiting.accept})
 * @param recordId the record's id within its type
 * @param number the record's number as users know it, or null
 * @param link the page where the work is done
 * @param light the deadline's light today
 * @param waitingSince when the work started waiting
 */
public record InboxEntry(String module, String type, String kind, long recordId, String number, String title,
		String link, LocalDate deadline, SlaLight light, Instant waitingSince) {
}
