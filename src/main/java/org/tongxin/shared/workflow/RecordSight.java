package org.tongxin.shared.workflow;

import org.tongxin.shared.security.Actor;

/**
 * Whether a record is in the actor's sight: returns when it is, throws
 * {@link org.tongxin.shared.domain.NotFoundException} when it is not (the same answer as for an
 * unknown id). Each module has its own (e.g. {@code caseAccess::visible}); the kernel's parts ask it
 * before they hand out a file or answer a refused step.
 */
@FunctionalInterface
public interface RecordSight {

	void check(Actor actor, long recordId);

}
