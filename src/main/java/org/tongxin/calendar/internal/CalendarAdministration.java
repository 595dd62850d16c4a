package org.tongxin.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.calendar.CalendarDay;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Marking and clearing days, for holders of {@code CALENDAR_MANAGE}: each change is audited in
 * its transaction and makes the cached year be read again.
 */
@Service
@Requires(Privilege.CALENDAR_MANAGE)
public class CalendarAdministration {

	private final CalendarDayStore store;

	private final CachedBusinessCalendar calendar;

	private final AuditLog auditLog;

	private final Clock clock;

	CalendarAdministration(CalendarDayStore store, CachedBusinessCalendar calendar, AuditLog auditLog, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Marks a day (or changes its mark); the texts are checked by {@link CalendarRules}. */
	@Transactional
	public CalendarDay mark(Actor actor, String date, String kind, String name) {
		CalendarDay day = CalendarRules.check(date, kind, name);
		Optional<CalendarDay> before = store.find(day.date());
		store.save(day, clock.instant(), actor.username());
		calendar.changed(day.date().getYear());
		auditLog.append(AuditRecord.of("CALENDAR_DAY_MARKED").target("calendar_day", day.date())
			.detail("kind", day.kind()).detail("name", day.name())
			.detail("before", before.map(b -> b.kind() + " " + b.name()).orElse("")));
		return day;
	}

	/** Clears a day's mark; clearing an unmarked day changes nothing and is not recorded. Answers whether there was one. */
	@Transactional
	public boolean clear(Actor actor, String date) {
		LocalDate day = CalendarRules.date(date);
		Optional<CalendarDay> before = store.find(day);
		if (before.isEmpty() || !store.delete(day)) {
			return false;
		}
		calendar.changed(day.getYear());
		auditLog.append(AuditRecord.of("CALENDAR_DAY_CLEARED").target("calendar_day", day)
			.detail("kind", before.get().kind()).detail("name", before.get().name()));
		return true;
	}

}
