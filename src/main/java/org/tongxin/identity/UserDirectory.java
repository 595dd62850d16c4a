package org.tongxin.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Users for other modules (a member's liaison, a befriending cadre): look-ups only, no
 * credentials. Callers that act for a user check their own scope rules on what they do with it.
 */
public interface UserDirectory {

	Optional<UserSummary> find(long id);

	Optional<UserSummary> findByUsername(String username);

	/** Several users in one query, by id. */
	Map<Long, UserSummary> findAll(Collection<Long> ids);

	/**
	 * The enabled users whose home unit is {@code unitId} and whose roles grant {@code privilege}
	 * (who can take a case assigned to that unit), by display name.
	 */
	java.util.List<UserSummary> holding(org.tongxin.shared.security.Privilege privilege, long unitId);

	/**
	 * Which of the units have an enabled user of their own whose roles grant {@code privilege}, in
	 * one look-up (where a case can go: a unit with someone to take it).
	 */
	java.util.Set<Long> unitsWithHolders(org.tongxin.shared.security.Privilege privilege, Collection<Long> unitIds);

	/**
	 * Whether an enabled user who holds {@code privilege} takes up work arising at the unit, as the
	 * inbox's domain reach finds them: a user with the unit as home unit (any scope but their own
	 * records), or one whose widest scope is their home unit and below and whose home unit holds the
	 * unit (a town officer for the town's villages). False means work addressed to the unit's domain
	 * would reach nobody.
	 */
	boolean takenUpAt(org.tongxin.shared.security.Privilege privilege, long unitId, String unitPath);

	/**
	 * Enabled users who hold {@code privilege} and whose home unit lies in {@code scope}, whose
	 * display name or user name contains {@code text} (any when blank), by display name, at most
	 * {@code limit}: the suggestions of a field that names such a user (a member's liaison).
	 */
	java.util.List<UserSummary> holdingWithin(org.tongxin.shared.security.Privilege privilege,
			org.tongxin.org.UnitScope scope, String text, int limit);

	/** Which of the users are enabled and hold {@code privilege} through their roles, in one look-up. */
	java.util.Set<Long> holdingAmong(org.tongxin.shared.security.Privilege privilege, Collection<Long> userIds);

}
