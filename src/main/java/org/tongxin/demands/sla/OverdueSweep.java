package org.tongxin.demands.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.DemandEscalated;
import org.tongxin.demands.DemandStatus;
import org.tongxin.shared.workflow.SlaLight;
import org.tongxin.demands.sla.OpenClocks.OpenClock;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;

/**
 * Walks the open clocks (a case waiting to be accepted, a case being handled) and acts on each
 * once per step: a WARNED event when its light turns YELLOW, another when it turns RED, and when
 * the deadline has passed, an escalation to the superior unit of the unit responsible for the step
 * (ESCALATED event, escalated unit, {@code escalation_mark}, {@code ever_late}). The deployment's
 * root has no superior here: its late case is only marked late and stays overdue.
 *
 * <p>Everything is decided from stored dates and marks, so a restart or a second node changes
 * nothing that was done. Work goes in batches of {@code tongxin.demands.sweep-batch} cases, each
 * in its own transaction under a transaction-scoped advisory lock: a node that does not get the
 * lock stops (another one is sweeping), and every update is conditional on the mark it expects,
 * so even two sweeps that interleave their batches act once per case.
 */
@Component
public class OverdueSweep {

	private static final Logger LOG = LoggerFactory.getLogger(OverdueSweep.class);

	private final OpenClocks clocks;

	private final TransactionTemplate transactions;

	private final Units units;

	private final Categories categories;

	private final BusinessCalendar calendar;

	private final int batchSize;

	private final ApplicationEventPublisher events;

	OverdueSweep(OpenClocks clocks, PlatformTransactionManager transactionManager, Units units, Categories categories,
			BusinessCalendar calendar, @Value("${tongxin.demands.sweep-batch:500}") int batchSize,
			ApplicationEventPublisher events) {
		this.events = events;
		this.clocks = clocks;
		this.transactions = new TransactionTemplate(transactionManager);
		this.units = units;
		this.categories = categories;
		this.calendar = calendar;
		this.batchSize = batchSize;
	}

	/**
	 * Sweeps as of {@code now} (the scheduler passes the platform clock's instant; tests choose
	 * one). Answers the number of cases changed: warned, escalated or marked late.
	 */
	public int sweep(Instant now) {
		LocalDate today = OfficeTime.dateOf(now);
		// the last due date that can be yellow: up to the day before the (max warn + 1)-th working day
		// (a deadline on a day off after the max-th working day still has only that many days left)
		LocalDate horizon = calendar.addWorkingDays(today, maxWarnDays() + 1).minusDays(1);
		long root = units.deploymentRoot().id();
		long after = 0;
		int changed = 0;
		while (true) {
			long from = after;
			Batch batch = transactions.execute(tx -> batch(now, today, horizon, root, from));
			changed += batch.changed();
			if (batch.lockedElsewhere() || batch.lastId() < 0) {
				break;
			}
			after = batch.lastId();
		}
		if (changed > 0) {
			LOG.info("SLA sweep of {}: {} cases warned or escalated", today, changed);
		}
		return changed;
	}

	/** The result of one batch: the last id looked at (-1 when none was left), and what changed. */
	private record Batch(long lastId, int changed, boolean lockedElsewhere) {
	}

	private Batch batch(Instant now, LocalDate today, LocalDate horizon, long root, long after) {
		if (!clocks.tryLock()) {
			return new Batch(-1, 0, true);
		}
		List<OpenClock> open = clocks.next(today, horizon, root, after, batchSize);
		if (open.isEmpty()) {
			return new Batch(-1, 0, false);
		}
		Map<Long, UnitSummary> responsible = unitsById(open.stream().map(OpenClock::responsibleUnitId).collect(Collectors.toSet()));
		Map<Long, UnitSummary> superiors = unitsById(responsible.values().stream().map(UnitSummary::parentId)
			.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		int changed = 0;
		for (OpenClock clock : open) {
			boolean done = clock.due().isBefore(today) ? overdue(clock, now, root, responsible, superiors)
					: warn(clock, now, today);
			changed += done ? 1 : 0;
		}
		return new Batch(open.get(open.size() - 1).id(), changed, false);
	}

	private boolean overdue(OpenClock clock, Instant now, long root, Map<Long, UnitSummary> responsible,
			Map<Long, UnitSummary> superiors) {
		UnitSummary unit = responsible.get(clock.responsibleUnitId());
		boolean top = unit == null || unit.id() == root || unit.parentId() == null;
		UnitSummary superior = top ? null : superiors.get(unit.parentId());
		if (superior == null) {
			// the deployment's root (whatever lies above it is not this deployment's), or a unit no
			// longer known: nowhere to escalate; it stays overdue
			return clocks.markLate(clock);
		}
		if (!clocks.escalate(clock, superior.id(), superior.path())) {
			return false;
		}
		clocks.event(clock, now, "ESCALATED", null, superior.id(), clock.responsibleUnitId());
		events.publishEvent(new DemandEscalated(clock.id(), superior.id(), clock.responsibleUnitId(), now));
		return true;
	}

	private boolean warn(OpenClock clock, Instant now, LocalDate today) {
		DemandCategory category = categories.find(clock.categoryId()).orElse(null);
		if (category == null) {
			return false;
		}
		SlaLight light = SlaClock.of(clock.due(), category.warnDaysFor(DemandStatus.valueOf(clock.status())), today, calendar)
			.light();
		if (light != SlaLight.YELLOW && light != SlaLight.RED) {
			return false;
		}
		String mark = clock.step() + "#" + light.name();
		boolean redAlready = (clock.step() + "#RED").equals(clock.warnedMark());
		if (mark.equals(clock.warnedMark()) || redAlready || !clocks.warn(clock, mark)) {
			return false;
		}
		clocks.event(clock, now, "WARNED", light.name(), null, null);
		return true;
	}

	private int maxWarnDays() {
		return categories.all().values().stream().mapToInt(DemandCategory::warnDays).max().orElse(0);
	}

	private Map<Long, UnitSummary> unitsById(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return units.findAll(new HashSet<>(ids)).stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
	}

}
