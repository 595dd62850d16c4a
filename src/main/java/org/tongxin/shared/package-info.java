/**
 * The shared kernel: the acting user and its data scope, privileges, errors with field and reason,
 * the platform key and field encryption, the clock. Every module may use all of it (an open
 * module); it uses no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tongxin.shared;
