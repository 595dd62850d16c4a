package org.tongxin.demands.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.DemandRecords;
import org.tongxin.demands.EventKind;
import org.tongxin.demands.sla.Categories;
import org.tongxin.demands.sla.SlaClock;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.QueriedWaitingWork;
import org.tongxin.shared.workflow.StepTimes;
import org.tongxin.shared.workflow.WaitingItem;

/**
 * What a demand case waits for, and whose turn it is: to be accepted by the dispatchers of the unit
 * where it arose ({@link CaseDispatchers}: the department when the town has none, which the item
 * says) and of the unit it was escalated to; to be answered by its lead and its handling unit, with
 * its co-handlers assisting; to be rated by its requester (for a person without a login, by whoever
 * submitted it or the dispatchers after a return call). The same rules {@link CaseAccess} applies to
 * the steps, read from the case's current state. Each item waits since its step began: the
 * submission, the assignment (or the latest transfer or reopening), the escalation, the answer.
 */
@Component
class CaseWaiting extends QueriedWaitingWork {

	/** The accept item of a case whose town has no dispatcher, which the department takes up. */
	static final String ACCEPT_AT_DEPARTMENT = "demand.waiting.acceptForTown";

	private final CaseStore cases;

	private final CaseHistory history;

	private final CaseDispatchers dispatchers;

	private final Categories categories;

	private final BusinessCalendar calendar;

	/** Every record that may have waiting work, for the inbox's first build. */
	private static final String OPEN_IDS = "select id from demands_case where status in ('SUBMITTED', 'HANDLING', 'ANSWERED') order by id";

	CaseWaiting(CaseStore cases, CaseHistory history, CaseDispatchers dispatchers, Categories categories,
			BusinessCalendar calendar, JdbcClient jdbc) {
		super(DemandRecords.MODULE, DemandRecords.TYPE, jdbc, OPEN_IDS);
		this.cases = cases;
		this.history = history;
		this.dispatchers = dispatchers;
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
		return switch (c.status()) {
			case SUBMITTED -> accepting(c);
			case HANDLING -> handling(loaded);
			case ANSWERED -> rating(c);
			default -> List.of();
		};
	}

	private List<WaitingItem> accepting(DemandCase c) {
		CaseDispatchers.Desk desk = dispatchers.of(c);
		WaitingItem accept = item(c, desk.department() ? ACCEPT_AT_DEPARTMENT : "demand.waiting.accept")
			.since(c.request().submittedAt());
		if (c.escalation().unitId() == null) {
			return List.of(accept.to(desk.to()));
		}
		WaitingItem late = item(c, "demand.waiting.accept").since(c.request().submittedAt());
		return List.of(accept.to(desk.to()), atSuperior(c, late, history.stepTimes(c.id())));
	}

	private List<WaitingItem> handling(CaseStore.Loaded loaded) {
		DemandCase c = loaded.theCase();
		StepTimes steps = history.stepTimes(c.id());
		Instant handedOn = steps.latest(EventKind.ASSIGNED, EventKind.TRANSFERRED, EventKind.REOPENED);
		Instant start = handedOn != null ? handedOn : c.handling().acceptedAt();
		List<WaitingItem> items = new ArrayList<>();
		WaitingItem answer = item(c, "demand.waiting.answer").since(start);
		items.add(answer.to(Addressee.user(c.handling().leadUserId())));
		items.add(answer.to(Addressee.unit(Privilege.DEMAND_HANDLE, c.handling().unitId(), c.handling().unitPath())));
		WaitingItem assist = item(c, "demand.waiting.assist").since(start);
		loaded.coHandlers().forEach(user -> items.add(assist.to(Addressee.user(user))));
		if (c.escalation().unitId() != null) {
			items.add(atSuperior(c, item(c, "demand.waiting.escalated").since(start), steps));
		}
		return items;
	}

	private List<WaitingItem> rating(DemandCase c) {
		WaitingItem rate = item(c, "demand.waiting.rate").since(c.answer().answeredAt());
		if (c.origin().requesterUserId() != null) {
			return List.of(rate.to(Addressee.user(c.origin().requesterUserId())));
		}
		// a person without a login: the return call (回访) is the submitter's or a dispatcher's
		return List.of(rate.to(Addressee.user(c.origin().submittedByUserId())),
				rate.to(Addressee.domain(Privilege.DEMAND_DISPATCH, c.origin().unitId(), c.origin().unitPath())));
	}

	/**
	 * Late work escalated to the superior unit waits for that unit's dispatchers too, since the
	 * escalation (the work's own start when the history has none).
	 */
	private static WaitingItem atSuperior(DemandCase c, WaitingItem work, StepTimes steps) {
		Instant escalatedAt = steps.latest(EventKind.ESCALATED);
		return work.since(escalatedAt != null ? escalatedAt : work.since())
			.to(Addressee.unit(Privilege.DEMAND_DISPATCH, c.escalation().unitId(), c.escalation().unitPath()));
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
