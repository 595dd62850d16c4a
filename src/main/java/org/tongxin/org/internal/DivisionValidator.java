package org.tongxin.org.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tongxin.org.ImportProblem;
import org.tongxin.org.UnitKind;

/**
 * Checks a whole division file against itself and the units already stored, before anything is
 * written: codes of the right length for their level (national statistical codes: 2, 4, 6, 9, 12
 * digits), names present and short enough, no code twice, every parent in the file or the
 * database and of a higher level, and no code that already names a unit of another kind.
 */
final class DivisionValidator {

	private static final Map<UnitKind, Integer> CODE_LENGTH = Map.of(UnitKind.PROVINCE, 2, UnitKind.CITY, 4,
			UnitKind.COUNTY, 6, UnitKind.TOWNSHIP, 9, UnitKind.VILLAGE, 12);

	private DivisionValidator() {
	}

	static List<ImportProblem> validate(List<DivisionRow> rows, Map<String, ExistingUnit> existing) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, DivisionRow> byCode = new HashMap<>();
		for (DivisionRow row : rows) {
			DivisionRow first = byCode.putIfAbsent(row.code(), row);
			if (first != null) {
				problems.add(problem(row, "code", row.code(), "division.code.duplicate", first.line()));
			}
		}
		for (DivisionRow row : rows) {
			Optional<UnitKind> level = level(row.level());
			if (level.isEmpty()) {
				problems.add(problem(row, "level", row.level(), "division.level.unknown", String.join(", ", levelNames())));
			}
			checkName(row, problems);
			level.ifPresent(kind -> checkCode(row, kind, existing, problems));
			level.ifPresent(kind -> checkParent(row, kind, byCode, existing, problems));
		}
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
		return problems;
	}

	static Optional<UnitKind> level(String level) {
		return CODE_LENGTH.keySet().stream().filter(k -> k.name().equals(level)).findFirst();
	}

	private static void checkName(DivisionRow row, List<ImportProblem> problems) {
		if (row.name().isEmpty()) {
			problems.add(problem(row, "name", row.name(), "division.name.required"));
		}
		else if (row.name().length() > UnitRules.MAX_NAME) {
			problems.add(problem(row, "name", row.name().substring(0, 40) + "…", "division.name.tooLong", UnitRules.MAX_NAME));
		}
		else {
			UnitRules.notPlain(row.name())
				.ifPresent(problem -> problems.add(problem(row, "name", row.name(), "division.name." + problem)));
		}
	}

	private static void checkCode(DivisionRow row, UnitKind kind, Map<String, ExistingUnit> existing,
			List<ImportProblem> problems) {
		int length = CODE_LENGTH.get(kind);
		if (row.code().length() != length || !row.code().chars().allMatch(c -> c >= '0' && c <= '9')) {
			problems.add(problem(row, "code", row.code(), "division.code.format", length, kind.name()));
			return;
		}
		ExistingUnit stored = existing.get(row.code());
		if (stored != null && stored.kind() != kind) {
			problems.add(problem(row, "level", row.level(), "division.code.kindConflict", row.code(), stored.kind().name()));
		}
	}

	private static void checkParent(DivisionRow row, UnitKind kind, Map<String, DivisionRow> byCode,
			Map<String, ExistingUnit> existing, List<ImportProblem> problems) {
		if (kind == UnitKind.PROVINCE) {
			if (row.hasParent()) {
				problems.add(problem(row, "parent_code", row.parentCode(), "division.parent.notExpected"));
			}
			return;
		}
		if (!row.hasParent()) {
			problems.add(problem(row, "parent_code", "", "division.parent.required"));
			return;
		}
		Optional<UnitKind> parentKind = parentKind(row.parentCode(), byCode, existing);
		if (parentKind.isEmpty()) {
			problems.add(problem(row, "parent_code", row.parentCode(), "division.parent.missing"));
		}
		else if (!parentKind.get().isDivision() || parentKind.get().ordinal() >= kind.ordinal()) {
			problems.add(problem(row, "parent_code", row.parentCode(), "division.parent.level", parentKind.get().name(),
					kind.name()));
		}
	}

	/** The parent's level as the file states it, else as stored; empty when neither knows the code. */
	private static Optional<UnitKind> parentKind(String code, Map<String, DivisionRow> byCode,
			Map<String, ExistingUnit> existing) {
		DivisionRow inFile = byCode.get(code);
		if (inFile != null) {
			// an unknown level is reported on the parent's own line; here it just is no valid parent
			return Optional.of(level(inFile.level()).orElse(UnitKind.OTHER));
		}
		return Optional.ofNullable(existing.get(code)).map(ExistingUnit::kind);
	}

	private static List<String> levelNames() {
		return List.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE");
	}

	private static ImportProblem problem(DivisionRow row, String column, String value, String code, Object... args) {
		return new ImportProblem(row.line(), column, value, code, args);
	}

}
