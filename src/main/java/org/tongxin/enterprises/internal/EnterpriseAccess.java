package org.tongxin.enterprises.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitScope;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;

/**
 * The enterprise module's checks in one place: an enterprise only within the actor's scope
 * (otherwise 404, like an unknown id, and before any input is looked at), units the actor may
 * choose, and the office's today (for overdue measures and done dates).
 */
@Component
class EnterpriseAccess {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final EnterpriseStore store;

	private final UnitAccess access;

	private final Units units;

	private final Clock clock;

	EnterpriseAccess(EnterpriseStore store, UnitAccess access, Units units, Clock clock) {
		this.store = store;
		this.access = access;
		this.units = units;
		this.clock = clock;
	}

	/** The enterprises an actor sees are those of the units they see as units (OWN: the home unit). */
	UnitScope scope(Actor actor) {
		return access.visibleUnits(actor);
	}

	/** The enterprise if the actor's scope admits it; 404 naming {@code entity} and {@code id} otherwise. */
	EnterpriseStore.Stored enterprise(Actor actor, long enterpriseId, String entity, long id) {
		UnitScope scope = scope(actor);
		return store.find(enterpriseId).filter(e -> scope.admits(e.unitId(), e.unitPath()))
			.orElseThrow(() -> new NotFoundException(entity, id));
	}

	EnterpriseStore.Stored enterprise(Actor actor, long enterpriseId) {
		return enterprise(actor, enterpriseId, "enterprise", enterpriseId);
	}

	/** An active unit by code within the actor's scope (the unit of an enterprise being written). */
	Optional<UnitSummary> unit(Actor actor, String code) {
		UnitScope scope = scope(actor);
		return units.findByCode(code).filter(UnitSummary::active).filter(u -> scope.admits(u.id(), u.path()));
	}

	/** A unit for the list filter: a code, or the first unit whose name contains the text, within scope. */
	Optional<UnitSummary> filterUnit(Actor actor, String text) {
		UnitScope scope = scope(actor);
		Optional<UnitSummary> byCode = units.findByCode(text).filter(u -> scope.admits(u.id(), u.path()));
		if (byCode.isPresent()) {
			return byCode;
		}
		return access.search(actor, text, 1).stream().findFirst()
			.filter(u -> scope.admits(u.id(), u.path()));
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	Instant now() {
		return clock.instant();
	}

}
