package org.tongxin.identity.internal;

import java.util.Set;

import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * A role as submitted. {@code code} is only read when creating (it never changes afterwards);
 * {@code version} only when editing.
 */
public record RoleDraft(String code, String nameZh, String nameEn, DataScope scope, Set<Privilege> privileges,
		Long version) {
}
