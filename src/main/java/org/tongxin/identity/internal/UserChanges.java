package org.tongxin.identity.internal;

import java.util.Set;

/**
 * Changes to an account; a null field stays as it is. {@code version} is the version the editor
 * saw: a different current version means someone else changed the account meanwhile.
 */
public record UserChanges(String displayName, String homeUnitCode, Set<String> roles, Long version) {
}
