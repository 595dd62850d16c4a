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

	/**
	 * The unit a person typed: by its code, or else by its exact name when one active unit bears it
	 * (forms let users type 区经信局 as well as LG-JXJ).
	 */
	default Optional<UnitSummary> findByCodeOrName(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String typed = text.strip();
		return findByCode(typed).or(() -> {
			List<UnitSummary> named = search(typed, null, 10).stream().filter(u -> u.name().equals(typed)).toList();
			return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
		});
	}

	/** The deployment's top unit (the county in a county deployment); created on first start. */
	UnitSummary deploymentRoot();

	/** The unit and its ancestors, root first, for breadcrumbs and "acting for" labels. */
	List<UnitSummary> lineage(long id);

	/** The active units directly below a unit, divisions first, then functional units, by code. */
	List<UnitSummary> children(long id);

	/** Several units in one query (lists showing the unit of each row). */
	List<UnitSummary> findAll(java.util.Collection<Long> ids);

	/**
	 * Active units whose name or code contains {@code text}, within a path prefix (a unit's path;
	 * null: everywhere), shallowest first. Pickers acting for a user use {@link UnitAccess#search}.
	 */
	List<UnitSummary> search(String text, String withinPathPrefix, int limit);

}
