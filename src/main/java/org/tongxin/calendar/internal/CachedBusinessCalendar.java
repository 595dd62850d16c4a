package org.tongxin.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.calendar.CalendarDay;
import org.tongxin.calendar.DayKind;

/**
 * {@link BusinessCalendar} over a per-year cache: a year's marked days are read once (one query)
 * and kept until this instance changes that year, or for {@link #MAX_AGE} at most, so that a
 * change made through another instance of the platform is seen within minutes.
 */
@Service
class CachedBusinessCalendar implements BusinessCalendar {

	static final Duration MAX_AGE = Duration.ofMinutes(10);

	private final CalendarDayStore store;

	private final Clock clock;

	private final Map<Integer, Year> years = new ConcurrentHashMap<>();

	private final WorkingDays arithmetic = new WorkingDays(this::marked);

	CachedBusinessCalendar(CalendarDayStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	private record Year(List<CalendarDay> days, Map<LocalDate, DayKind> kinds, Instant loadedAt) {
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return arithmetic.isWorkingDay(day);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		return arithmetic.addWorkingDays(start, days);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return arithmetic.workingDaysBetween(from, to);
	}

	@Override
	public List<CalendarDay> markedDays(int year) {
		return load(year).days();
	}

	/** Forgets a year now and again when the changing transaction commits (a reader in between must not keep the old year). */
	void changed(int year) {
		years.remove(year);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					years.remove(year);
				}
			});
		}
	}

	private Map<LocalDate, DayKind> marked(int year) {
		return load(year).kinds();
	}

	private Year load(int year) {
		Instant now = clock.instant();
		return years.compute(year, (y, cached) -> {
			if (cached != null && cached.loadedAt().plus(MAX_AGE).isAfter(now)) {
				return cached;
			}
			List<CalendarDay> days = store.year(y);
			return new Year(days, days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, CalendarDay::kind)),
					now);
		});
	}

}
