package org.tongxin.org.internal;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitMoved;
import org.tongxin.org.UnitPathColumns;

/**
 * The one rebase of copied unit paths: when a subtree moves, every path that starts with its old
 * path, in every column a module declared ({@link UnitPathColumns}), starts with the new one. Runs
 * after the move has committed, in one transaction for all modules, retried after a crash through
 * the event publication registry; each declaration's follow-up runs right after its table moved.
 */
@Component
class UnitPathRebase {

	private final ObjectProvider<UnitPathColumns> declared;

	private final JdbcClient jdbc;

	UnitPathRebase(ObjectProvider<UnitPathColumns> declared, JdbcClient jdbc) {
		this.declared = declared;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(UnitMoved moved) {
		rebase(moved);
	}

	/** Every declared copy of a path within the moved subtree, rebased onto its new path. */
	void rebase(UnitMoved moved) {
		for (UnitPathColumns copies : declarations()) {
			for (String column : copies.columns()) {
				// table and column names are checked identifiers declared by code (UnitPathColumns)
				jdbc.sql("update " + copies.table() + " set " + column + " = :newPath || substring(" + column
						+ " from char_length(:oldPath) + 1) where " + column + " like :oldPrefix")
					.param("newPath", moved.newPath())
					.param("oldPath", moved.oldPath())
					.param("oldPrefix", UnitPaths.likePrefix(moved.oldPath()))
					.update();
			}
			copies.followUp().accept(moved);
		}
	}

	List<UnitPathColumns> declarations() {
		return declared.orderedStream().toList();
	}

}
