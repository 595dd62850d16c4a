package org.tongxin.org;

/**
 * A unit as other modules see it. {@code path} is the chain of ids from the root,
 * {@code /1/3/17/}; a unit is within another when its path starts with the other's.
 */
public record UnitSummary(long id, String code, String name, UnitKind kind, Long parentId, String path, int depth,
		boolean active) {

	public boolean isWithin(UnitSummary ancestor) {
		return path.startsWith(ancestor.path());
	}

}
