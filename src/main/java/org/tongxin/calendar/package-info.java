/**
 * The business calendar (工作日历): which days are working days, for deadlines counted in working
 * days (SLA clocks). Monday to Friday work and weekends rest, except the days administrators with
 * {@code CALENDAR_MANAGE} mark from the State Council's yearly holiday notice: a HOLIDAY rests, a
 * WORKDAY (调休上班) is a weekend day that works. Other modules ask {@link org.tongxin.calendar.BusinessCalendar};
 * nothing reads {@code calendar_day} but this module. Depends on shared and audit only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business calendar")
package org.tongxin.calendar;
