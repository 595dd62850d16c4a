package org.tongxin.org.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;

/**
 * The unit picker's rule, one statement per answer (plus the home unit's path for a subtree
 * scope): the reach becomes SQL conditions (a path prefix, the home unit alone, the units work is
 * handed on to), so suggestions and picks see exactly the same units. Text that cannot name a unit (too
 * long, control characters such as NUL) is refused before any statement.
 */
@Service
@Transactional(readOnly = true)
class UnitPicking implements UnitPicker {

	/** "竹根镇 (511112100)" as a suggestion fills it, with ASCII or full-width brackets. */
	private static final Pattern SUGGESTED = Pattern.compile("^(.+?)\\s*[(（]\\s*([A-Za-z0-9_-]{1,32})\\s*[)）]$");

	private static final String REACH = " and (((cast(:within as varchar) is null or u.path like :within || '%')"
			+ " and (cast(:only as bigint) is null or u.id = :only))"
			+ " or (:handing and u.kind not in ('PROVINCE', 'CITY', 'TOWNSHIP', 'VILLAGE')))";

	private final JdbcClient jdbc;

	private final UnitDirectory directory;

	UnitPicking(JdbcClient jdbc, UnitDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** The units a field of this reach offers the actor, as SQL parameters. */
	private record Bounds(String within, Long only, boolean handing) {
	}

	@Override
	public List<UnitSummary> suggest(Actor actor, Reach reach, String text, int limit) {
		String typed = usable(text);
		if (typed == null) {
			return List.of();
		}
		String pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Bounds bounds = bounds(actor, reach);
		return jdbc.sql("select " + UnitReadModel.COLUMNS + " from org_unit u where u.active"
				+ " and (u.name like :p or u.code like :p)" + REACH + " order by u.depth, u.code limit :limit")
			.param("p", pattern)
			.param("within", bounds.within())
			.param("only", bounds.only())
			.param("handing", bounds.handing())
			.param("limit", Math.max(1, Math.min(limit, 50)))
			.query(UnitReadModel::summary)
			.list();
	}

	@Override
	public Optional<UnitSummary> pick(Actor actor, Reach reach, String field, String labelCode, String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String text = usable(typed);
		if (text == null) {
			throw UnitPicker.refusal(field, "unit.pick.unknown", labelCode, shown(typed));
		}
		Matcher suggested = SUGGESTED.matcher(text);
		boolean bracketed = suggested.matches();
		Bounds bounds = bounds(actor, reach);
		List<UnitSummary> found = jdbc.sql("select " + UnitReadModel.COLUMNS + " from org_unit u where u.active"
				+ " and (u.code = :text or u.name = :text or (u.code = :code and u.name = :name))" + REACH
				+ " order by u.depth, u.code limit 10")
			.param("text", text)
			.param("code", bracketed ? suggested.group(2) : null)
			.param("name", bracketed ? suggested.group(1).strip() : null)
			.param("within", bounds.within())
			.param("only", bounds.only())
			.param("handing", bounds.handing())
			.query(UnitReadModel::summary)
			.list();
		return Optional.of(one(found, text, field, labelCode));
	}

	/** A code names one unit; a name may name several (a village name in two towns): then pick from the list. */
	private static UnitSummary one(List<UnitSummary> found, String text, String field, String labelCode) {
		Optional<UnitSummary> byCode = found.stream().filter(u -> u.code().equals(text)).findFirst();
		if (byCode.isPresent() || found.size() == 1) {
			return byCode.orElse(found.get(0));
		}
		if (found.isEmpty()) {
			throw UnitPicker.refusal(field, "unit.pick.unknown", labelCode, shown(text));
		}
		throw UnitPicker.refusal(field, "unit.pick.ambiguous", labelCode, shown(text), found.size());
	}

	private Bounds bounds(Actor actor, Reach reach) {
		boolean handing = reach == Reach.HANDLING;
		return switch (actor.scope()) {
			case ALL -> new Bounds(null, null, false);
			case UNIT_AND_BELOW -> new Bounds(directory.treePrefix(actor), null, handing);
			case UNIT, OWN -> new Bounds(null, actor.homeUnitId(), handing);
		};
	}

	/** The stripped text, or null when it cannot be a unit's name or code (and is not worth a statement). */
	private static String usable(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_TEXT || stripped.chars().anyMatch(Character::isISOControl)) {
			return null;
		}
		return stripped;
	}

	/** What the reason quotes of the typed text: printable, and short enough to read. */
	private static String shown(String text) {
		String printable = text.strip().codePoints()
			.map(c -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
	}

}
