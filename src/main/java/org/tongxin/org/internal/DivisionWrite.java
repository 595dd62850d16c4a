package org.tongxin.org.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitMoved;

/**
 * Writes a validated division file, level by level from the province down, so that every parent
 * is in place (with its final path) before its children: new units get reserved ids and paths
 * computed here; existing ones are renamed, or moved with their subtree when their parent code
 * changed. One instance per import.
 */
final class DivisionWrite {

	private final DivisionStore store;

	private final SubtreeStatements subtree;

	private final Set<String> codes;

	private Map<String, ExistingUnit> known;

	// a move changed paths below it: re-read before computing children's paths
	private boolean stale;

	private int created;

	private int updated;

	private int unchanged;

	private final List<UnitMoved> moves = new ArrayList<>();

	DivisionWrite(DivisionStore store, SubtreeStatements subtree, Map<String, ExistingUnit> existing, Set<String> codes) {
		this.store = store;
		this.subtree = subtree;
		this.known = new HashMap<>(existing);
		this.codes = codes;
	}

	DivisionWrite apply(List<DivisionRow> rows) {
		Map<UnitKind, List<DivisionRow>> byLevel = new EnumMap<>(UnitKind.class);
		rows.forEach(row -> byLevel.computeIfAbsent(UnitKind.valueOf(row.level()), k -> new ArrayList<>()).add(row));
		byLevel.values().forEach(this::applyLevel);
		return this;
	}

	private void applyLevel(List<DivisionRow> rows) {
		if (stale) {
			known = store.existing(codes);
			stale = false;
		}
		// split before inserting: the new units join `known` as they are written
		List<DivisionRow> stored = rows.stream().filter(r -> known.containsKey(r.code())).toList();
		insertNew(rows.stream().filter(r -> !known.containsKey(r.code())).toList());
		updateExisting(stored);
	}

	private void insertNew(List<DivisionRow> rows) {
		List<Long> ids = subtree.reserveIds(rows.size());
		List<ExistingUnit> units = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			DivisionRow row = rows.get(i);
			long id = ids.get(i);
			ExistingUnit parent = row.hasParent() ? known.get(row.parentCode()) : null;
			String path = parent == null ? UnitPaths.rootPath(id) : UnitPaths.childPath(parent.path(), id);
			units.add(new ExistingUnit(id, row.code(), row.name(), UnitKind.valueOf(row.level()),
					parent == null ? null : parent.id(), path, parent == null ? 0 : parent.depth() + 1));
		}
		store.insert(units);
		units.forEach(u -> known.put(u.code(), u));
		created += units.size();
	}

	private void updateExisting(List<DivisionRow> rows) {
		Map<Long, String> renames = new HashMap<>();
		for (DivisionRow row : rows) {
			ExistingUnit unit = known.get(row.code());
			Long parentId = row.hasParent() ? known.get(row.parentCode()).id() : null;
			boolean moved = parentId != null && !parentId.equals(unit.parentId());
			if (!unit.name().equals(row.name())) {
				renames.put(unit.id(), row.name());
			}
			if (moved) {
				String newPath = subtree.move(unit.id(), parentId);
				moves.add(new UnitMoved(unit.id(), unit.parentId(), parentId, unit.path(), newPath));
				stale = true;
			}
			if (moved || renames.containsKey(unit.id())) {
				updated++;
			}
			else {
				unchanged++;
			}
		}
		store.rename(renames);
	}

	int created() {
		return created;
	}

	int updated() {
		return updated;
	}

	int unchanged() {
		return unchanged;
	}

	List<UnitMoved> moves() {
		return moves;
	}

}
