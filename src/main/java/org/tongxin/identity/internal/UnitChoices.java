package org.tongxin.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;

/**
 * Units as the user forms name them (by code), always within the actor's scope: a unit that does
 * not exist and one the actor may not see get the same answer.
 */
@Component
public class UnitChoices {

	private final Units units;

	private final UnitAccess access;

	UnitChoices(Units units, UnitAccess access) {
		this.units = units;
		this.access = access;
	}

	public Optional<UnitSummary> visible(Actor actor, String code) {
		if (!StringUtils.hasText(code)) {
			return Optional.empty();
		}
		return units.findByCode(code.trim()).filter(u -> access.canSee(actor, u.id()));
	}

	/** Units matching what the actor typed (name or code), within the actor's scope. */
	public List<UnitSummary> search(Actor actor, String text) {
		return access.search(actor, text, 20);
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
