package org.tongxin.org;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the network for other modules, without data-scope checks: callers that act for a
 * user check with {@link UnitAccess} first.
 */
public interface Units {

	Optional<UnitSummary> find(long id);

	Optional<UnitSummary> findByCode(String code);

	/** The deployment's top unit (the county in a county deployment); created on first start. */
	UnitSummary deploymentRoot();

	/** The unit and its ancestors, root first, for breadcrumbs and "acting for" labels. */
	List<UnitSummary> lineage(long id);

	/** The active units directly below a unit, divisions first, then functional units, by code. */
	List<UnitSummary> children(long id);

	/** Several units in one query (lists showing the unit of each row). */
	List<UnitSummary> findAll(java.util.Collection<Long> ids);

	/** The names of several units by id, in one query (a list naming the unit of each row). */
	default java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
		return findAll(ids).stream()
			.collect(java.util.stream.Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
	}

	/**
	 * Active units whose name or code contains {@code text}, within a path prefix (a unit's path;
	 * null: everywhere), shallowest first. Pickers acting for a user use {@link UnitAccess#search}.
	 */
	List<UnitSummary> search(String text, String withinPathPrefix, int limit);

}
