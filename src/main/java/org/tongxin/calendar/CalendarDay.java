package org.tongxin.calendar;

import java.time.LocalDate;

/** A marked day: its kind and the name of the holiday it belongs to (春节, 国庆节; may be empty for a WORKDAY). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
}
