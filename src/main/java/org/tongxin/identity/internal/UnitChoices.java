package org.tongxin.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;

/**
 * Units as the user forms and the user list name them (by name or code, through org's
 * {@link UnitPicker}), always within the actor's scope: a unit that does not exist and one the
 * actor may not see get the same answer.
 */
@Component
public class UnitChoices {

	private final Units units;

	private final UnitPicker picker;

	UnitChoices(Units units, UnitPicker picker) {
		this.units = units;
		this.picker = picker;
	}

	/**
	 * The unit typed into {@code field}, active and within the actor's scope; empty when nothing was
	 * typed; a {@link org.tongxin.shared.domain.Rejection} naming the field when no single unit matches.
	 */
	public Optional<UnitSummary> picked(Actor actor, String field, String labelCode, String typed) {
		return picker.pick(actor, UnitPicker.Reach.SCOPE, field, labelCode, typed);
	}

	/** Units by id, in one query however many users are listed. */
	public Map<Long, UnitSummary> byIds(Collection<Long> ids) {
		Map<Long, UnitSummary> found = new HashMap<>();
		units.findAll(ids.stream().distinct().toList()).forEach(u -> found.put(u.id(), u));
		return found;
	}

	public Optional<UnitSummary> find(long id) {
		return units.find(id);
	}

}
