/**
 * Identity and access: users with a home unit, roles made of named privileges with a data scope,
 * form login with lockout, password rules, TOTP for administrators, session limits and API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.tongxin.identity;
