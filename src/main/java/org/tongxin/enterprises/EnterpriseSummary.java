package org.tongxin.enterprises;

/** An enterprise as other modules see it: enough to link a record to it and show which one it is. */
public record EnterpriseSummary(long id, String name, String creditCode, long unitId, String unitPath, String park) {
}
