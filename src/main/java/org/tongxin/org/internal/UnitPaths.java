package org.tongxin.org.internal;

import java.util.ArrayList;
import java.util.List;

/** Materialised paths: the ids from the root, {@code /1/3/17/}. A subtree is one prefix. */
public final class UnitPaths {

	private UnitPaths() {
	}

	static String rootPath(long id) {
		return "/" + id + "/";
	}

	static String childPath(String parentPath, long id) {
		return parentPath + id + "/";
	}

	static boolean isWithin(String path, String ancestorPath) {
		return path.startsWith(ancestorPath);
	}

	/** The path a unit of the moved subtree gets when the subtree root moves from oldRoot to newRoot. */
	static String rebase(String path, String oldRoot, String newRoot) {
		if (!isWithin(path, oldRoot)) {
			throw new IllegalArgumentException(path + " is not within " + oldRoot);
		}
		return newRoot + path.substring(oldRoot.length());
	}

	/** The path as a LIKE pattern for itself and everything below it, its wildcard characters (none in ids and slashes) taken literally. */
	public static String likePrefix(String path) {
		return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** The ids on the path, root first, the unit itself last. */
	static List<Long> ids(String path) {
		List<Long> ids = new ArrayList<>();
		for (String part : path.split("/")) {
			if (!part.isEmpty()) {
				ids.add(Long.parseLong(part));
			}
		}
		return ids;
	}

}
