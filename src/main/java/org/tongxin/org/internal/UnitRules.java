package org.tongxin.org.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.domain.Rejection;

/**
 * The rules of the tree, without Spring: each returns the reason a change is refused, or empty.
 * Divisions hang only under divisions of a higher level (as the national codes nest); functional
 * units may hang anywhere; the deployment root stays where it is and stays active.
 */
final class UnitRules {

	static final int MAX_NAME = 200;

	/** Own codes: letters, digits, '-' and '_'. All-digit codes belong to divisions, F+digits to generated ones. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final Pattern RESERVED = Pattern.compile("\\d+|F\\d+");

	private UnitRules() {
	}

	static Optional<Rejection> creating(UnitSummary parent, UnitKind kind, String name, String code) {
		if (kind == null || kind.isDivision()) {
			return reject("kind", "unit.kind.notFunctional");
		}
		if (!parent.active()) {
			return reject("parentId", "unit.parent.inactive", parent.name());
		}
		return naming(name).or(() -> coding(code));
	}

	static Optional<Rejection> naming(String name) {
		if (name == null || name.isBlank()) {
			return reject("name", "unit.name.required");
		}
		if (name.strip().length() > MAX_NAME) {
			return reject("name", "unit.name.tooLong", MAX_NAME);
		}
		return notPlain(name).flatMap(problem -> reject("name", "unit.name." + problem));
	}

	/**
	 * What keeps a name from being plain text on one line ({@code control} or {@code markup}), as
	 * other free text: names stand in menus, pickers, reports and spreadsheets. Forms and imports alike.
	 */
	static Optional<String> notPlain(String name) {
		if (name.chars().anyMatch(Character::isISOControl)) {
			return Optional.of("control");
		}
		return PlainText.hasMarkup(name) ? Optional.of("markup") : Optional.empty();
	}

	static Optional<Rejection> coding(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String trimmed = code.strip();
		if (!CODE.matcher(trimmed).matches()) {
			return reject("code", "unit.code.format", trimmed);
		}
		if (RESERVED.matcher(trimmed).matches()) {
			return reject("code", "unit.code.reserved", trimmed);
		}
		return Optional.empty();
	}

	static Optional<Rejection> moving(UnitSummary unit, UnitSummary newParent, long rootId) {
		if (unit.id() == rootId || unit.parentId() == null) {
			return reject(null, "unit.move.root");
		}
		if (UnitPaths.isWithin(newParent.path(), unit.path())) {
			return reject("parentId", "unit.move.intoItself");
		}
		if (unit.parentId() == newParent.id()) {
			return reject("parentId", "unit.move.sameParent");
		}
		if (!newParent.active()) {
			return reject("parentId", "unit.parent.inactive", newParent.name());
		}
		return placing(unit.kind(), newParent);
	}

	/** A division needs a division of a higher level above it. */
	static Optional<Rejection> placing(UnitKind kind, UnitSummary parent) {
		if (kind.isDivision() && !(parent.kind().isDivision() && parent.kind().ordinal() < kind.ordinal())) {
			return reject("parentId", "unit.move.divisionParent");
		}
		return Optional.empty();
	}

	static Optional<Rejection> deactivating(UnitSummary unit, long activeChildren, long rootId) {
		if (unit.id() == rootId) {
			return reject(null, "unit.deactivate.root");
		}
		if (!unit.active()) {
			return reject(null, "unit.alreadyInactive");
		}
		if (activeChildren > 0) {
			return reject(null, "unit.deactivate.activeChildren", activeChildren);
		}
		return Optional.empty();
	}

	static Optional<Rejection> reactivating(UnitSummary unit, UnitSummary parent) {
		if (unit.active()) {
			return reject(null, "unit.alreadyActive");
		}
		if (parent != null && !parent.active()) {
			return reject(null, "unit.reactivate.parentInactive", parent.name());
		}
		return Optional.empty();
	}

	private static Optional<Rejection> reject(String field, String code, Object... args) {
		return Optional.of(new Rejection(field, code, args));
	}

}
