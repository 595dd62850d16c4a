package org.tongxin.shared.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of work a record waits for, and whose it is: what the inbox (我的待办) lists.
 *
 * @param kind what is to be done, a message code of the module ({@code demand.waiting.accept}: 待受理)
 * @param number the record's number as users know it (SQ2026000123), or null
 * @param title the record's title
 * @param link the page where the work is done (e.g. {@code /demands/123}), a path inside the platform
 * @param deadline when it must be done, or null when no clock runs
 * @param warnFrom the first day of the amber light (the yellow warning), or null
 * @param showFrom the first day the item is listed (work that is not due yet stays out), or null: now
 * @param since when the step that waits began (the case's submission, its transfer, the answer…), as
 * the record's own history says: what the inbox shows as "waiting since"; null when the module cannot
 * say, and the inbox then counts from the moment it first saw the work
 * @param to who it waits for
 */
public record WaitingItem(String kind, String number, String title, String link, LocalDate deadline,
		LocalDate warnFrom, LocalDate showFrom, Instant since, Addressee to) {

	public WaitingItem {
		if (kind == null || title == null || link == null || to == null) {
			throw new IllegalArgumentException("a waiting item needs its kind, title, link and addressee");
		}
		if (!link.startsWith("/")) {
			throw new IllegalArgumentException("a waiting item links inside the platform: " + link);
		}
	}

	/** Work with no clock, listed from now on, whose start the inbox takes as the moment it sees it. */
	public static WaitingItem of(String kind, String number, String title, String link, Addressee to) {
		return new WaitingItem(kind, number, title, link, null, null, null, null, to);
	}

	/** The same work with its deadline and the first day of the warning. */
	public WaitingItem due(LocalDate deadlineDay, LocalDate warnFromDay) {
		return new WaitingItem(kind, number, title, link, deadlineDay, warnFromDay, showFrom, since, to);
	}

	/** The same work, listed only from {@code day}. */
	public WaitingItem listedFrom(LocalDate day) {
		return new WaitingItem(kind, number, title, link, deadline, warnFrom, day, since, to);
	}

	/** The same work, waiting since {@code start} (when its step began; null: unknown). */
	public WaitingItem since(Instant start) {
		return new WaitingItem(kind, number, title, link, deadline, warnFrom, showFrom, start, to);
	}

	/** The same work for someone else (one item per addressee). */
	public WaitingItem to(Addressee other) {
		return new WaitingItem(kind, number, title, link, deadline, warnFrom, showFrom, since, other);
	}

}
