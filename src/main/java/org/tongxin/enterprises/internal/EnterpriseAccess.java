package org.tongxin.enterprises.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitScope;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;

/**
 * The enterprise module's checks in one place: an enterprise only within the actor's scope
 * (otherwise 404, like an unknown id, and before any input is looked at), units the actor may
 * choose, and the office's today (for overdue measures and done dates).
 */
@Component
public class EnterpriseAccess {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final EnterpriseStore store;

	private final UnitAccess access;

	private final UnitPicker picker;

	private final Clock clock;

	EnterpriseAccess(EnterpriseStore store, UnitAccess access, UnitPicker picker, Clock clock) {
		this.store = store;
		this.access = access;
		this.picker = picker;
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

	/**
	 * The unit typed into {@code field} (name or code), active and within the actor's scope: the
	 * unit of an enterprise being written, or of the list's filter.
	 */
	Optional<UnitSummary> unit(Actor actor, String field, String labelCode, String typed) {
		return picker.pick(actor, UnitPicker.Reach.SCOPE, field, labelCode, typed);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public Instant now() {
		return clock.instant();
	}

}
