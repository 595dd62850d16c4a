package org.tongxin.members.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;

/**
 * The unit column holds a division code or a unit's name (sheets kept by hand name villages),
 * in full or without the committee suffix (黄桷井社区 for 黄桷井社区居委会). A name must be unique among the active units the actor may see; two villages of the same name
 * in different towns need the code. Each distinct text is looked up once per import.
 */
final class UnitResolver {

	/** A unit, or why there is none. */
	record Resolved(UnitSummary unit, boolean ambiguous) {
	}

	private static final List<String> COMMITTEE_SUFFIXES = List.of("居民委员会", "村民委员会", "居委会", "村委会");

	private final Units units;

	private final UnitAccess access;

	private final Actor actor;

	private final Map<String, Resolved> cache = new HashMap<>();

	private final Map<String, UnitSummary> byCode = new HashMap<>();

	UnitResolver(Units units, UnitAccess access, Actor actor) {
		this.units = units;
		this.access = access;
		this.actor = actor;
	}

	Resolved resolve(String text) {
		return cache.computeIfAbsent(text, this::lookUp);
	}

	/** For the rules: a code this resolver handed out. */
	Optional<UnitSummary> byCode(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	private Resolved lookUp(String text) {
		Optional<UnitSummary> coded = units.findByCode(text).filter(this::usable);
		if (coded.isPresent()) {
			return remember(coded.get());
		}
		List<UnitSummary> found = access.search(actor, text, 50).stream().filter(this::usable).toList();
		List<UnitSummary> named = found.stream().filter(u -> u.name().equals(text)).toList();
		if (named.isEmpty()) {
			named = found.stream().filter(u -> shortName(u.name()).equals(text)).toList();
		}
		if (named.size() > 1) {
			return new Resolved(null, true);
		}
		return named.isEmpty() ? new Resolved(null, false) : remember(named.get(0));
	}

	/** 黄桷井社区居委会 is written 黄桷井社区, 新华村村民委员会 新华村: the committee suffix dropped. */
	static String shortName(String name) {
		for (String suffix : COMMITTEE_SUFFIXES) {
			if (name.endsWith(suffix) && name.length() > suffix.length()) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

	private Resolved remember(UnitSummary unit) {
		byCode.put(unit.code(), unit);
		return new Resolved(unit, false);
	}

	private boolean usable(UnitSummary unit) {
		return unit.active() && access.canSee(actor, unit.id());
	}

}
