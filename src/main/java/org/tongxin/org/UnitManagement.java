package org.tongxin.org;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.internal.UnitDirectory;
import org.tongxin.org.internal.UnitWriter;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Changes to the work network on behalf of a user. Each needs the privilege UNIT_MANAGE and the
 * unit concerned (and a new parent) within the actor's data scope; a unit out of scope answers as
 * not found. An officer below the department manages the units below his home unit, never the home
 * unit itself or anything above it (a town officer must not rename his own township): he may add
 * units under his home unit, and change only those below it; the department (scope ALL) manages
 * every unit. The privilege is declared for method security and checked again against the actor,
 * so that the rule holds however the method is reached.
 */
@Service
@Transactional
public class UnitManagement {

	private final UnitDirectory directory;

	private final UnitWriter writer;

	UnitManagement(UnitDirectory directory, UnitWriter writer) {
		this.directory = directory;
		this.writer = writer;
	}

	/** Adds a functional unit under {@code parentId}; an empty code gets a generated one. */
	@Requires(Privilege.UNIT_MANAGE)
	public UnitSummary create(Actor actor, long parentId, UnitKind kind, String name, String code) {
		require(actor);
		directory.checkVisible(actor, parentId);
		return writer.create(actor, parentId, kind, name, code);
	}

	@Requires(Privilege.UNIT_MANAGE)
	public UnitSummary rename(Actor actor, long id, String name, Long expectedVersion) {
		requireChangeable(actor, id);
		return writer.rename(actor, id, name, expectedVersion);
	}

	/** Moves a unit with its whole subtree; not under itself or anything below it. */
	@Requires(Privilege.UNIT_MANAGE)
	public UnitSummary move(Actor actor, long id, long newParentId, Long expectedVersion) {
		requireChangeable(actor, id);
		if (!directory.canSee(actor, newParentId)) {
			// same answer as a parent that does not exist: out-of-scope units reveal nothing
			throw new Rejection("parentId", "unit.parent.notFound", newParentId);
		}
		return writer.move(actor, id, newParentId, expectedVersion);
	}

	@Requires(Privilege.UNIT_MANAGE)
	public UnitSummary deactivate(Actor actor, long id, Long expectedVersion) {
		requireChangeable(actor, id);
		return writer.deactivate(actor, id, expectedVersion);
	}

	@Requires(Privilege.UNIT_MANAGE)
	public UnitSummary reactivate(Actor actor, long id, Long expectedVersion) {
		requireChangeable(actor, id);
		return writer.reactivate(actor, id, expectedVersion);
	}

	/**
	 * Whether the actor may rename, move, deactivate or reactivate the unit: UNIT_MANAGE, the unit
	 * in sight, and (below the department) strictly below the actor's home unit.
	 */
	public boolean mayChange(Actor actor, UnitSummary unit) {
		if (!actor.can(Privilege.UNIT_MANAGE) || !directory.canSee(actor, unit.id())) {
			return false;
		}
		if (actor.scope() == DataScope.ALL) {
			return true;
		}
		return unit.id() != actor.homeUnitId() && directory.find(actor.homeUnitId()).map(unit::isWithin).orElse(false);
	}

	/** Whether the actor may add a unit under this one: UNIT_MANAGE and the unit in sight (the home unit included). */
	public boolean mayAddUnder(Actor actor, UnitSummary unit) {
		return actor.can(Privilege.UNIT_MANAGE) && directory.canSee(actor, unit.id());
	}

	/** Out of sight answers as not found; in sight but the home unit or above, as forbidden. */
	private void requireChangeable(Actor actor, long id) {
		require(actor);
		directory.checkVisible(actor, id);
		UnitSummary unit = directory.find(id).orElseThrow();
		if (!mayChange(actor, unit)) {
			throw new AccessDeniedException("Only units below the home unit can be changed");
		}
	}

	private static void require(Actor actor) {
		if (!actor.can(Privilege.UNIT_MANAGE)) {
			throw new AccessDeniedException("UNIT_MANAGE required");
		}
	}

}
