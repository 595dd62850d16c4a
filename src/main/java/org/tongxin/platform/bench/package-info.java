/**
 * The performance baseline, active only with the Spring profile {@code bench}: the least a page
 * over the same table can cost (one JDBC query, HTML built in a {@code StringBuilder} or by the
 * template engine in a bare table, in the manner of TechEmpower's Fortunes test), so that {@code bench/run} can state the real pages' throughput
 * as a ratio against it, measured in the same run on the same machine. See docs/performance.md.
 *
 * <p>Exposed as the named interface {@code bench}: each module's bench support (its own
 * {@code bench} package, profile {@code bench} only) renders its floor pages with
 * {@link org.tongxin.platform.bench.BaselineTable}, so the shared kernel holds no bench code.
 */
@org.springframework.modulith.NamedInterface("bench")
package org.tongxin.platform.bench;
