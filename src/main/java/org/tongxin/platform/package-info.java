/**
 * Platform infrastructure that belongs to no business module: the embedded database and its
 * lifecycle, static resources, and the benchmarks' baseline. Modules depend on it only through its
 * named interface {@code bench}, and only from their bench support (profile {@code bench}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.tongxin.platform;
