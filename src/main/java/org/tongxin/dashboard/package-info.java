/**
 * The leaders' dashboard: for a period (a month, a quarter, a year or from..to) and a unit within
 * the viewer's scope, every module's section of key figures, compared with the period before and
 * the same period a year earlier, with the trend of the last twelve months and the breakdown by
 * the units below, grouped by the three actions of the work. Modules contribute sections through
 * {@link org.tongxin.shared.figures.DashboardSection}; this module only asks and shows them.
 * Leaders (who only read) land on it ({@link org.tongxin.identity.LandingPage}). Depends on shared,
 * org and identity's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.tongxin.dashboard;
