package org.tongxin.shared.figures;

import java.time.LocalDate;

/**
 * A record an officer marked as typical, as a section of the dashboard and the work report quotes
 * it: what it was, where and when it arose, the officer's note on what it shows, and its page.
 */
public record TypicalCase(String title, String unitName, LocalDate date, String note, String link) {
}
