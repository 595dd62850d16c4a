package org.tongxin.members.awards;

/**
 * An award as typed: {@code title} (required, ≤ 100), {@code level} (NATIONAL, PROVINCIAL, CITY,
 * COUNTY, OTHER), {@code year} (1949–2100; text so that "abc" is refused at the field, not as a
 * broken body), {@code conferredBy} (optional, ≤ 100).
 */
public record AwardDraft(String title, String level, String year, String conferredBy) {
}
