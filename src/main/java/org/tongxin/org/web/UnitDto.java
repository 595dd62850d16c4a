package org.tongxin.org.web;

import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.internal.UnitNode;

/** A unit in the JSON API. {@code version} goes back in changes to detect concurrent edits. */
public record UnitDto(long id, String code, String name, UnitKind kind, Long parentId, String path, int depth,
		boolean active, Integer childCount, Long version) {

	static UnitDto of(UnitNode node) {
		UnitSummary u = node.unit();
		return new UnitDto(u.id(), u.code(), u.name(), u.kind(), u.parentId(), u.path(), u.depth(), u.active(),
				node.childCount(), node.version());
	}

}
