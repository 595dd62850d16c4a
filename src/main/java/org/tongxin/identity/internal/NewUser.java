package org.tongxin.identity.internal;

import java.util.Set;

/** An account to create: the home unit by code, roles by code, an initial (temporary) password. */
public record NewUser(String username, String displayName, String homeUnitCode, Set<String> roles, String password) {
}
