package org.tongxin.demands.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.DemandRecords;
import org.tongxin.demands.sla.Categories;
import org.tongxin.demands.sla.SlaClock;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.WaitingItem;
import org.tongxin.shared.workflow.QueriedWaitingWork;

/**
 * What a demand case waits for, and whose turn it is: to be accepted by the dispatchers of the unit
 * where it arose (and of the unit it was escalated to); to be answered by its lead and its handling
 * unit, with its co-handlers assisting; to be rated by its requester (for a person without a login,
 * by whoever submitted it or the dispatchers after a return call). The same rules
 * {@link CaseAccess} applies to the steps, read from the case's current state.
 */
@Component
class CaseWaiting extends QueriedWaitingWork {

	private final CaseStore cases;

	private final Categories categories;

	private final BusinessCalendar calendar;

	/** Every record that may have waiting work, for the inbox's first build. */
	private static final String OPEN_IDS = "select id from demands_case where status in ('SUBMITTED', 'HANDLING', 'ANSWERED') order by id";

	CaseWaiting(CaseStore cases, Categories categories, BusinessCalendar calendar, JdbcClient jdbc) {
		super(DemandRecords.MODULE, DemandRecords.TYPE, jdbc, OPEN_IDS);
		this.cases = cases;
		this.categories = categories;
		this.calendar = calendar;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingItem> waitingOn(long caseId) {
		return cases.findWithCoHandlers(caseId).map(this::waiting).orElse(List.of());
	}

	private List<WaitingItem> waiting(CaseStore.Loaded loaded) {
		DemandCase c = loaded.theCase();
		List<WaitingItem> items = new ArrayList<>();
		switch (c.status()) {
			case SUBMITTED -> {
				WaitingItem accept = item(c, "demand.waiting.accept");
				items.add(accept.to(Addressee.domain(Privilege.DEMAND_DISPATCH, c.origin().unitId(), c.origin().unitPath())));
				escalated(c, accept).ifPresent(items::add);
			}
			case HANDLING -> {
				WaitingItem answer = item(c, "demand.waiting.answer");
				items.add(answer.to(Addressee.user(c.handling().leadUserId())));
				items.add(answer.to(Addressee.unit(Privilege.DEMAND_HANDLE, c.handling().unitId(), c.handling().unitPath())));
				WaitingItem assist = item(c, "demand.waiting.assist");
				loaded.coHandlers().forEach(user -> items.add(assist.to(Addressee.user(user))));
				escalated(c, item(c, "demand.waiting.escalated")).ifPresent(items::add);
			}
			case ANSWERED -> {
				WaitingItem rate = item(c, "demand.waiting.rate");
				if (c.origin().requesterUserId() != null) {
					items.add(rate.to(Addressee.user(c.origin().requesterUserId())));
				}
				else {
					// a person without a login: the return call (回访) is the submitter's or a dispatcher's
					items.add(rate.to(Addressee.user(c.origin().submittedByUserId())));
					items.add(rate.to(Addressee.domain(Privilege.DEMAND_DISPATCH, c.origin().unitId(), c.origin().unitPath())));
				}
			}
			default -> {
			}
		}
		return items;
	}

	/** Late work escalated to the superior unit waits for that unit's dispatchers too. */
	private java.util.Optional<WaitingItem> escalated(DemandCase c, WaitingItem work) {
		return c.escalation().unitId() == null ? java.util.Optional.empty()
				: java.util.Optional.of(work.to(Addressee.unit(Privilege.DEMAND_DISPATCH, c.escalation().unitId(),
						c.escalation().unitPath())));
	}

	/** The work with the open step's deadline and the first day of its yellow light (addressee set by the caller). */
	private WaitingItem item(DemandCase c, String kind) {
		WaitingItem work = WaitingItem.of(kind, c.caseNo(), c.request().title(), "/demands/" + c.id(),
				Addressee.user(c.origin().submittedByUserId()));
		LocalDate due = c.openDeadline();
		if (due == null) {
			return work;
		}
		DemandCategory category = categories.find(c.request().categoryId()).orElse(null);
		int warnDays = category == null ? 0 : category.warnDaysFor(c.status());
		return work.due(due, SlaClock.warnFrom(due, warnDays, calendar));
	}

}
