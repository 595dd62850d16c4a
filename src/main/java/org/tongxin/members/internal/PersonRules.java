package org.tongxin.members.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.tongxin.members.MemberDraft;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;
import org.tongxin.shared.person.ChineseIdNumber;
import org.tongxin.shared.person.Gender;
import org.tongxin.shared.person.Phones;
import org.tongxin.shared.person.PinyinNames;

/**
 * Checks a whole draft and reports every bad field at once (a form shows them all), without
 * Spring: the unit comes from a resolver that already applies the actor's scope. An ID number
 * decides the birth date and sex when those are left empty, and must agree with them otherwise.
 * Categories are accepted by {@code category} (the vocabulary: a code it has, active unless the
 * person keeps it), which answers with the stored code or refuses.
 */
public final class PersonRules {

	static final int NAME_MAX = 50;

	/** The liaison user id that means "none" in a draft. */
	public static final long NO_LIAISON = 0L;

	private PersonRules() {
	}

	/** The checked values, or a {@link Rejection} naming every bad field. */
	public static PersonValues check(MemberDraft d, Function<String, Optional<UnitSummary>> visibleUnit,
			java.util.function.LongPredicate activeUser, UnaryOperator<String> category, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = text(d.name());
		if (name == null) {
			problems.add(new FieldProblem("name", "member.name.required"));
		}
		else if (name.length() > NAME_MAX) {
			problems.add(new FieldProblem("name", "member.field.tooLong", NAME_MAX));
		}
		UnitSummary unit = unit(d.unitCode(), visibleUnit, problems);
		ChineseIdNumber idNumber = idNumber(d.idNumber(), today, problems);
		Gender gender = gender(d.gender(), idNumber, problems);
		LocalDate birthDate = birthDate(d.birthDate(), idNumber, today, problems);
		String phone = phone(d.phone(), problems);
		Set<String> categories = categories(d.categories(), category, problems);
		// 0 removes the liaison (null keeps the current one on edit)
		Long liaison = d.liaisonUserId() == null || d.liaisonUserId() == NO_LIAISON ? null : d.liaisonUserId();
		if (liaison != null && !activeUser.test(liaison)) {
			problems.add(new FieldProblem("liaisonUserId", "member.liaison.notEligible", liaison));
		}
		PersonValues values = new PersonValues(unit, name, name == null ? null : PinyinNames.sortKey(name),
				name == null ? null : PinyinNames.initials(name), name == null ? null : PinyinNames.spaced(name), gender,
				birthDate, limited("ethnicity", d.ethnicity(), 50, problems), idNumber, phone,
				limited("education", d.education(), 50, problems), limited("workUnit", d.workUnit(), 200, problems),
				limited("post", d.post(), 200, problems),
				limited("politicalAffiliation", d.politicalAffiliation(), 100, problems),
				limited("religion", d.religion(), 100, problems), limited("expertise", d.expertise(), 1000, problems),
				limited("awards", d.awards(), 2000, problems), limited("notes", d.notes(), 4000, problems),
				liaison, categories);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return values;
	}

	private static UnitSummary unit(String code, Function<String, Optional<UnitSummary>> visibleUnit,
			List<FieldProblem> problems) {
		String trimmed = text(code);
		if (trimmed == null) {
			problems.add(new FieldProblem("unitCode", "member.unit.required"));
			return null;
		}
		try {
			Optional<UnitSummary> unit = visibleUnit.apply(trimmed);
			if (unit.isEmpty()) {
				problems.add(new FieldProblem("unitCode", "member.unit.notFound", trimmed));
			}
			return unit.orElse(null);
		}
		catch (Rejection refused) {
			// the unit picker's own reason (not found, or a name several units bear)
			problems.addAll(refused.problems());
			return null;
		}
	}

	private static ChineseIdNumber idNumber(String raw, LocalDate today, List<FieldProblem> problems) {
		if (text(raw) == null) {
			return null;
		}
		Optional<String> problem = ChineseIdNumber.problem(raw, today);
		if (problem.isPresent()) {
			problems.add(new FieldProblem("idNumber", "member." + problem.get()));
			return null;
		}
		return ChineseIdNumber.of(raw);
	}

	private static Gender gender(String raw, ChineseIdNumber idNumber, List<FieldProblem> problems) {
		Gender fromId = idNumber == null ? null : idNumber.male() ? Gender.MALE : Gender.FEMALE;
		if (text(raw) == null) {
			return fromId;
		}
		Gender given = parseGender(raw.trim());
		if (given == null) {
			problems.add(new FieldProblem("gender", "member.gender.invalid"));
		}
		else if (fromId != null && given != fromId) {
			problems.add(new FieldProblem("gender", "member.gender.mismatch"));
		}
		return given;
	}

	private static Gender parseGender(String raw) {
		for (Gender g : Gender.values()) {
			if (g.name().equalsIgnoreCase(raw)) {
				return g;
			}
		}
		return null;
	}

	private static LocalDate birthDate(String raw, ChineseIdNumber idNumber, LocalDate today, List<FieldProblem> problems) {
		if (text(raw) == null) {
			return idNumber == null ? null : idNumber.birthDate();
		}
		LocalDate date;
		try {
			date = LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("birthDate", "member.birthDate.invalid"));
			return null;
		}
		if (date.isAfter(today) || date.getYear() < 1900) {
			problems.add(new FieldProblem("birthDate", "member.birthDate.invalid"));
		}
		else if (idNumber != null && !idNumber.matchesBirthDate(date)) {
			problems.add(new FieldProblem("birthDate", "member.birthDate.mismatch"));
		}
		return date;
	}

	private static String phone(String raw, List<FieldProblem> problems) {
		if (text(raw) == null) {
			return null;
		}
		Optional<String> problem = Phones.problem(raw);
		if (problem.isPresent()) {
			problems.add(new FieldProblem("phone", "member." + problem.get()));
			return null;
		}
		return Phones.normalise(raw);
	}

	private static Set<String> categories(Set<String> codes, UnaryOperator<String> category,
			List<FieldProblem> problems) {
		Set<String> categories = new TreeSet<>();
		for (String code : codes == null ? Set.<String>of() : codes) {
			try {
				categories.add(category.apply(code));
			}
			catch (Rejection refused) {
				problems.addAll(refused.problems());
			}
		}
		return categories;
	}

	private static String limited(String field, String raw, int max, List<FieldProblem> problems) {
		String value = text(raw);
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "member.field.tooLong", max));
		}
		return value;
	}

	static String text(String raw) {
		return raw == null || raw.isBlank() ? null : raw.strip();
	}

}
