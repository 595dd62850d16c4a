package org.tongxin.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The privileges a controller or module method needs, typed: the caller must hold every one of
 * them, or the call is refused with 403 before the method runs. On a class it applies to each
 * method that does not carry its own (a method's annotation replaces the class's, as Spring
 * Security's own annotations do). Enforced by identity's method security; the data scope is
 * checked separately, by the module, on the records themselves.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Requires {

	/** Every privilege the caller must hold. */
	Privilege[] value();

}
