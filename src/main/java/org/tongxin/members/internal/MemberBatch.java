package org.tongxin.members.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberDraft;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The registry for a bulk import, a batch of rows at a time: which registered person each row
 * describes, new people inserted in bulk ({@link PersonCopy}), existing ones changed through
 * {@link MemberWriter#edit} exactly as a form would. No privilege check here: the import service
 * declares it. Rules are the same as for one person ({@link PersonRules}).
 */
@Component
public class MemberBatch {

	/** The registered person a row describes. */
	public sealed interface Match {

		/** Nobody: the row is a new person. */
		record None() implements Match {
		}

		/** One person the actor may see, with all their current values. */
		record Found(long id, MemberDraft current) implements Match {
		}

		/** The ID number is registered to a person outside the actor's scope. */
		record Elsewhere() implements Match {
		}

		/** Several people share the name and birth date (or name and unit); the row cannot say which. */
		record Ambiguous() implements Match {
		}

	}

	private record Candidate(long id, String name, LocalDate birthDate, long unitId, boolean hasIdNumber) {
	}

	private final JdbcClient jdbc;

	private final PersonRepository people;

	private final SensitiveFields sensitive;

	private final MemberWriter writer;

	private final PersonCopy copy;

	private final Units units;

	private final UnitAccess access;

	private final Clock clock;

	private final EntityManager entityManager;

	private final PersonIndexing indexing;

	private final MemberCategories categories;

	private final IdNumberChecks idChecks;

	MemberBatch(JdbcClient jdbc, PersonRepository people, SensitiveFields sensitive, MemberWriter writer, PersonCopy copy,
			Units units, UnitAccess access, Clock clock, EntityManager entityManager, PersonIndexing indexing,
			MemberCategories categories, IdNumberChecks idChecks) {
		this.idChecks = idChecks;
		this.categories = categories;
		this.indexing = indexing;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.people = people;
		this.sensitive = sensitive;
		this.writer = writer;
		this.copy = copy;
		this.units = units;
		this.access = access;
		this.clock = clock;
	}

	/** Checks one row's values as a new person (scope applies to the unit); a Rejection names the bad fields. */
	public PersonValues check(Actor actor, MemberDraft draft, Function<String, Optional<UnitSummary>> visibleUnit) {
		return PersonRules.check(draft, visibleUnit, id -> false, categories.choice(Set.of()), writer.today());
	}

	/**
	 * Checks a registered person's values after a row was merged into them, before anything is
	 * written, so a conflict (an ID number whose birth date differs from the registered one) is a
	 * bad row in the preview rather than a failed confirmation. The row's own categories were checked
	 * as new ones (active only); the merge may keep the person's inactive ones.
	 */
	public void recheck(Actor actor, MemberDraft merged) {
		PersonRules.check(merged, code -> units.findByCode(code).filter(UnitSummary::active).filter(u -> access.canSee(actor, u.id())),
				id -> true, categories.anyKnown(), writer.today());
	}

	/** The key a row is de-duplicated by inside a file: the ID number's keyed hash, else name and birth date, else name and unit. */
	public String duplicateKey(PersonValues v) {
		if (v.idNumber() != null) {
			return "id:" + sensitive.idNumberHash(v.idNumber());
		}
		if (v.birthDate() != null) {
			return "nb:" + v.name() + "|" + v.birthDate();
		}
		return "nu:" + v.name() + "|" + v.unit().id();
	}

	/**
	 * For each row, in order, the person it describes: by ID number; a row without a registered ID
	 * number by name and birth date (or, without a birth date, name and unit) among people who do
	 * not have a different ID number. The caller has put the sheet's numbers to
	 * {@link #admitIdNumbers} first.
	 */
	public List<Match> match(Actor actor, List<PersonValues> rows) {
		boolean birthYearsOnly = !actor.can(Privilege.MEMBER_SENSITIVE_VIEW);
		List<String> hashes = rows.stream().map(v -> v.idNumber() == null ? null : sensitive.idNumberHash(v.idNumber())).toList();
		Map<String, Long> byHash = idsByHash(hashes.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
		MemberScope scope = MemberScope.of(actor, access);
		Map<String, List<Candidate>> byName = candidatesByName(scope,
				rows.stream().map(PersonValues::name).collect(Collectors.toSet()));
		List<Long> matched = new ArrayList<>();
		List<Object> found = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Object m = find(rows.get(i), hashes.get(i), byHash, byName, birthYearsOnly);
			found.add(m);
			if (m instanceof Long id) {
				matched.add(id);
			}
		}
		Map<Long, Person> loaded = (matched.isEmpty() ? List.<Person>of() : people.findAllWithCategories(matched)).stream()
			.collect(Collectors.toMap(Person::getId, p -> p));
		Map<Long, UnitSummary> unitOf = units.findAll(loaded.values().stream().map(Person::getUnitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, u -> u));
		List<Match> result = new ArrayList<>(rows.size());
		for (Object m : found) {
			if (m instanceof Long id) {
				Person p = loaded.get(id);
				result.add(scope.admits(p) ? new Match.Found(id, writer.currentDraft(p, unitOf.get(p.getUnitId())))
						: new Match.Elsewhere());
			}
			else {
				result.add((Match) m);
			}
		}
		// only their values were needed: detached, they cost neither memory nor a dirty check at every
		// later flush of a transaction that may go on for a hundred thousand rows
		loaded.values().forEach(entityManager::detach);
		return result;
	}

	/**
	 * Counts the ID numbers a sheet puts to the registry against the ration of a role that may not
	 * see them ({@link IdNumberChecks}); past its limit the sheet is refused on "file", counting none.
	 */
	public void admitIdNumbers(Actor actor, java.util.Collection<org.tongxin.shared.person.ChineseIdNumber> numbers) {
		idChecks.admit(actor, numbers.stream().map(sensitive::idNumberHash).toList(), "file");
	}

	/** The names of the fields that differ (never the values). */
	public List<String> changedFields(MemberDraft before, MemberDraft after) {
		return FieldDiff.between(before, after);
	}

	/** Inserts new people in bulk and has them indexed for search when the transaction commits; returns their ids in order. */
	public List<Long> insert(Actor actor, List<PersonValues> rows) {
		List<Long> ids = copy.insert(actor, rows, clock.instant());
		indexing.reindex(ids);
		return ids;
	}

	/** Changes one existing person as the edit form does (rules, scope, optimistic lock, audit, history marked IMPORT). */
	public void update(Actor actor, long id, MemberDraft merged) {
		ChangeSource.IMPORT.during(() -> writer.edit(actor, id, merged));
	}

	/**
	 * {@code birthYearsOnly}: the actor may not see ID numbers, so a person whose ID number is
	 * registered is matched by name and birth year, not date: which of 365 rows named alike
	 * "matched" would otherwise tell the date (IdentityMasking).
	 */
	private Object find(PersonValues row, String hash, Map<String, Long> byHash, Map<String, List<Candidate>> byName,
			boolean birthYearsOnly) {
		if (hash != null && byHash.containsKey(hash)) {
			return byHash.get(hash);
		}
		List<Candidate> same = byName.getOrDefault(row.name(), List.of())
			.stream()
			.filter(c -> hash == null || !c.hasIdNumber())
			.filter(c -> row.birthDate() != null ? sameBirth(c, row.birthDate(), birthYearsOnly)
					: c.unitId() == row.unit().id())
			.toList();
		if (same.isEmpty()) {
			return new Match.None();
		}
		return same.size() == 1 ? (Object) same.get(0).id() : new Match.Ambiguous();
	}

	private static boolean sameBirth(Candidate c, LocalDate date, boolean birthYearsOnly) {
		if (birthYearsOnly && c.hasIdNumber()) {
			return c.birthDate() != null && c.birthDate().getYear() == date.getYear();
		}
		return Objects.equals(c.birthDate(), date);
	}

	/**
	 * The row without its birth date when the actor may not see ID numbers and the registered
	 * person's ID number decides the date: a "conflict" or "unchanged" would answer whether the
	 * sheet guessed it. The sheet's own ID number, if any, is the actor's to compare with.
	 */
	public MemberDraft withoutGuessedBirthDate(Actor actor, MemberDraft current, MemberDraft row) {
		boolean guess = !actor.can(Privilege.MEMBER_SENSITIVE_VIEW) && row.idNumber() == null && row.birthDate() != null
				&& PersonRules.text(current.idNumber()) != null;
		return guess ? MaskedEdit.withBirthDate(row, null) : row;
	}

	private Map<String, Long> idsByHash(Collection<String> hashes) {
		if (hashes.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> ids = new HashMap<>();
		// a join with the array, not IN (...): with an IN list PostgreSQL compared every row with every
		// hash (a thousand-fold seq scan while statistics still described the empty table)
		jdbc.sql("select p.id, p.id_number_hash from unnest(:hashes) h (hash) join members_person p on p.id_number_hash = h.hash")
			.param("hashes", hashes.toArray(String[]::new))
			.query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1)))
			.list();
		return ids;
	}

	/** Namesakes within the actor's scope only: a namesake elsewhere is another person as far as this actor can tell. */
	private Map<String, List<Candidate>> candidatesByName(MemberScope scope, Collection<String> names) {
		if (names.isEmpty()) {
			return Map.of();
		}
		StringBuilder sql = new StringBuilder(
				"select p.id, p.name, p.birth_date, p.unit_id, p.id_number_hash is not null"
						+ " from unnest(:names) n (name) join members_person p on p.name = n.name where true");
		Map<String, Object> params = new HashMap<>();
		params.put("names", names.toArray(String[]::new));
		scope.appendTo(sql, params);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4),
					rs.getBoolean(5)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Candidate::name));
	}

}
