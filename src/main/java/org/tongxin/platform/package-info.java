/**
 * Platform infrastructure that belongs to no business module: the embedded database and its
 * lifecycle. Nothing depends on this module; it only provides beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.tongxin.platform;
