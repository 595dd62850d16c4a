package org.tongxin.org.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitScope;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * Units for other modules and the data scope of actors as {@link UnitScope}s: ALL sees
 * everything, UNIT_AND_BELOW the home unit's subtree, UNIT the home unit alone; OWN the home unit
 * as a unit and no unit's records.
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory implements Units, UnitAccess {

	private final UnitReadModel read;

	private final JdbcClient jdbc;

	private final Deployment deployment;

	private volatile Long rootId;

	UnitDirectory(UnitReadModel read, JdbcClient jdbc, Deployment deployment) {
		this.read = read;
		this.jdbc = jdbc;
		this.deployment = deployment;
	}

	@Override
	public Optional<UnitSummary> find(long id) {
		return read.summary(id);
	}

	@Override
	public Optional<UnitSummary> findByCode(String code) {
		return read.byCode(code);
	}

	@Override
	public UnitSummary deploymentRoot() {
		return read.byCode(deployment.code())
			.orElseThrow(() -> new IllegalStateException("Deployment root " + deployment.code() + " not created yet"));
	}

	/** The root's id never changes once created (its code is the deployment's), so it is looked up once. */
	public long deploymentRootId() {
		Long id = rootId;
		if (id == null) {
			id = deploymentRoot().id();
			rootId = id;
		}
		return id;
	}

	@Override
	public List<UnitSummary> children(long id) {
		return read.children(id).stream().map(UnitNode::unit).filter(UnitSummary::active).toList();
	}

	@Override
	public List<UnitSummary> findAll(java.util.Collection<Long> ids) {
		return read.byIds(ids);
	}

	@Override
	public List<UnitSummary> search(String text, String withinPathPrefix, int limit) {
		return text == null || text.isBlank() ? List.of() : read.search(text.trim(), withinPathPrefix, Math.min(limit, 100));
	}

	@Override
	public List<UnitSummary> lineage(long id) {
		return find(id).map(this::lineage).orElse(List.of());
	}

	/** The lineage of a unit already loaded: one query. */
	public List<UnitSummary> lineage(UnitSummary unit) {
		return read.byIds(UnitPaths.ids(unit.path()));
	}

	@Override
	public boolean canSee(Actor actor, long unitId) {
		return switch (actor.scope()) {
			case ALL -> find(unitId).isPresent();
			case UNIT, OWN -> unitId == actor.homeUnitId();
			case UNIT_AND_BELOW -> jdbc.sql("""
					select exists (select 1 from org_unit u join org_unit h on h.id = :home
					where u.id = :id and u.path like h.path || '%')""")
				.param("home", actor.homeUnitId())
				.param("id", unitId)
				.query(Boolean.class)
				.single();
		};
	}

	@Override
	public void checkVisible(Actor actor, long unitId) {
		if (!canSee(actor, unitId)) {
			throw new NotFoundException("unit", unitId);
		}
	}

	/** The same check for a unit already loaded: no query unless the scope is a subtree. */
	public void checkVisible(Actor actor, UnitSummary unit) {
		if (!visibleUnits(actor).admits(unit.id(), unit.path())) {
			throw new NotFoundException("unit", unit.id());
		}
	}

	@Override
	public UnitScope visibleUnits(Actor actor) {
		return actor.scope() == DataScope.OWN ? UnitScope.only(actor.homeUnitId()) : byScope(actor);
	}

	@Override
	public UnitScope scope(Actor actor) {
		return actor.scope() == DataScope.OWN ? UnitScope.noUnit() : byScope(actor);
	}

	@Override
	public UnitScope scope(Actor actor, Set<Privilege> privileges) {
		// the privileges first: an actor without them costs no look-up of the home unit
		return privileges.stream().anyMatch(actor::can) ? scope(actor) : UnitScope.noUnit();
	}

	@Override
	public UnitScope domain(Actor actor) {
		return actor.scope() == DataScope.ALL ? UnitScope.only(actor.homeUnitId()) : visibleUnits(actor);
	}

	private UnitScope byScope(Actor actor) {
		return switch (actor.scope()) {
			case ALL -> UnitScope.everyUnit();
			// a home unit that does not exist bounds the actor to nothing
			case UNIT_AND_BELOW -> find(actor.homeUnitId()).map(UnitScope::subtreeOf).orElse(UnitScope.noUnit());
			case UNIT, OWN -> UnitScope.only(actor.homeUnitId());
		};
	}

	@Override
	public List<UnitSummary> search(Actor actor, String text, int limit) {
		return search(text, treePrefix(actor), limit);
	}

	/**
	 * The path prefix of the part of the tree the actor works in (the home unit's subtree, whatever
	 * the scope below ALL), or null for the whole tree: it bounds unit searches and breadcrumbs,
	 * not records, which {@link #scope} bounds.
	 */
	public String treePrefix(Actor actor) {
		if (actor.scope() == DataScope.ALL) {
			return null;
		}
		return find(actor.homeUnitId()).map(UnitSummary::path)
			// a home unit that does not exist bounds the actor to nothing
			.orElse("/-/");
	}

	/** Where the actor's view of the tree starts: the deployment root, or the home unit. */
	public UnitSummary visibleRoot(Actor actor) {
		if (actor.scope() == DataScope.ALL) {
			return deploymentRoot();
		}
		return find(actor.homeUnitId()).orElseThrow(() -> new NotFoundException("unit", actor.homeUnitId()));
	}

}
