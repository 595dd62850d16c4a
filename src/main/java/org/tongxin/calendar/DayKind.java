package org.tongxin.calendar;

/** What a marked day is, against the rule that Monday to Friday work and weekends rest. */
public enum DayKind {

	/** A day off, whatever day of the week it is (a statutory holiday or a day of its bridge). */
	HOLIDAY,
	/** A Saturday or Sunday worked in exchange for a bridge day (调休上班). */
	WORKDAY

}
