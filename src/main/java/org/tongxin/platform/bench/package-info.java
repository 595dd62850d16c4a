/**
 * The performance baseline, active only with the Spring profile {@code bench}: the least a page
 * over the same table can cost (one JDBC query, HTML built in a {@code StringBuilder}, in the manner
 * of TechEmpower's Fortunes test), so that {@code bench/run} can state the real pages' throughput
 * as a ratio against it, measured in the same run on the same machine. See docs/performance.md.
 */
package org.tongxin.platform.bench;
