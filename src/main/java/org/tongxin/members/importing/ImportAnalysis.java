package org.tongxin.members.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxin.members.MemberDraft;
import org.tongxin.members.internal.MemberBatch;
import org.tongxin.members.internal.MemberBatch.Match;
import org.tongxin.members.internal.PersonValues;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.person.ChineseIdNumber;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * Reads a sheet and decides, for each row, what it is: bad (every problem named with its
 * column), a new person, or a registered person (and what UPDATE and FILL_EMPTY would change).
 * Rows are checked by the same rules as the form; duplicates are found inside the file (ID
 * number, else name and birth date, else name and unit) and against the registry, a chunk of
 * {@link #CHUNK} rows at a time so that memory stays flat and look-ups are few.
 */
final class ImportAnalysis {

	static final int CHUNK = 1000;

	private final Actor actor;

	private final MemberBatch batch;

	private final UnitResolver units;

	private final RowDrafts drafts;

	private final ImportSink sink;

	private final Map<String, Integer> firstRowByKey = new HashMap<>();

	private final Set<Long> matchedPeople = new HashSet<>();

	private final List<SheetRow> pending = new ArrayList<>(CHUNK);

	private int rows;

	ImportAnalysis(Actor actor, MemberBatch batch, UnitResolver units, RowDrafts drafts, ImportSink sink) {
		this.actor = actor;
		this.batch = batch;
		this.units = units;
		this.drafts = drafts;
		this.sink = sink;
	}

	/**
	 * Analyses the whole file; returns the number of non-blank data rows. The sheet's ID numbers are
	 * first put to the ration of a role that may not see them, all at once: a sheet beyond what is
	 * left is refused before any row is matched, and counts nothing.
	 */
	int run(byte[] file, HeaderNames headers) {
		List<ChineseIdNumber> numbers = new ArrayList<>();
		SheetReader.read(file, headers, row -> {
			String raw = row.value(ImportColumn.ID_NUMBER);
			if (raw != null && ChineseIdNumber.problem(raw).isEmpty()) {
				numbers.add(ChineseIdNumber.of(raw));
			}
		});
		batch.admitIdNumbers(actor, numbers);
		SheetReader.read(file, headers, row -> {
			rows++;
			pending.add(row);
			if (pending.size() == CHUNK) {
				chunk();
			}
		});
		chunk();
		return rows;
	}

	private void chunk() {
		if (pending.isEmpty()) {
			return;
		}
		List<PersonValues> good = new ArrayList<>();
		List<SheetRow> goodRows = new ArrayList<>();
		List<MemberDraft> given = new ArrayList<>();
		for (SheetRow row : pending) {
			List<RowProblem> problems = new ArrayList<>(row.cellProblems());
			MemberDraft draft = drafts.draft(row, unitCode(row, problems));
			PersonValues values = check(row.number(), draft, problems);
			if (values != null) {
				duplicateInFile(row.number(), values, problems);
			}
			if (!problems.isEmpty()) {
				sink.bad(problems);
				continue;
			}
			good.add(values);
			goodRows.add(row);
			given.add(draft);
		}
		List<Match> matches = batch.match(actor, good);
		for (int i = 0; i < good.size(); i++) {
			classify(goodRows.get(i).number(), good.get(i), given.get(i), matches.get(i));
		}
		pending.clear();
		sink.flush();
	}

	private String unitCode(SheetRow row, List<RowProblem> problems) {
		String text = row.value(ImportColumn.UNIT);
		if (text == null) {
			return null;
		}
		UnitResolver.Resolved resolved = units.resolve(text);
		if (resolved.ambiguous()) {
			problems.add(new RowProblem(row.number(), ImportColumn.UNIT, "member.import.unit.ambiguous", text));
		}
		return resolved.unit() != null ? resolved.unit().code() : text;
	}

	private PersonValues check(int row, MemberDraft draft, List<RowProblem> problems) {
		boolean unitReported = !problems.isEmpty() && problems.stream().anyMatch(p -> p.column() == ImportColumn.UNIT);
		try {
			return batch.check(actor, draft, units::byCode);
		}
		catch (Rejection rejection) {
			for (Rejection.FieldProblem p : rejection.problems()) {
				ImportColumn column = ImportColumn.ofField(p.field());
				if (!(unitReported && column == ImportColumn.UNIT) && !(column == ImportColumn.ID_NUMBER
						&& problems.stream().anyMatch(q -> q.column() == ImportColumn.ID_NUMBER))) {
					problems.add(new RowProblem(row, column, p.code(), p.args()));
				}
			}
			return null;
		}
	}

	private void duplicateInFile(int row, PersonValues values, List<RowProblem> problems) {
		Integer first = firstRowByKey.putIfAbsent(batch.duplicateKey(values), row);
		if (first != null) {
			ImportColumn column = values.idNumber() != null ? ImportColumn.ID_NUMBER : ImportColumn.NAME;
			problems.add(new RowProblem(row, column, "member.import.duplicateInFile", first));
		}
	}

	private void classify(int row, PersonValues values, MemberDraft given, Match match) {
		if (match instanceof Match.Found found) {
			existing(row, values, given, found);
		}
		else if (match instanceof Match.Elsewhere) {
			sink.bad(List.of(new RowProblem(row, ImportColumn.ID_NUMBER, "member.import.registeredElsewhere")));
		}
		else if (match instanceof Match.Ambiguous) {
			sink.bad(List.of(new RowProblem(row, ImportColumn.NAME, "member.import.ambiguous")));
		}
		else {
			sink.fresh(row, values);
		}
	}

	private void existing(int row, PersonValues values, MemberDraft given, Match.Found found) {
		if (!matchedPeople.add(found.id())) {
			sink.bad(List.of(new RowProblem(row, ImportColumn.NAME, "member.import.samePersonTwice")));
			return;
		}
		MemberDraft rowDraft = batch.withoutGuessedBirthDate(actor, found.current(), normalised(values, given));
		List<RowProblem> conflicts = new ArrayList<>();
		MemberDraft update = changes(row, found.current(), DraftMerge.update(found.current(), rowDraft), conflicts);
		MemberDraft fill = changes(row, found.current(), DraftMerge.fillEmpty(found.current(), rowDraft), conflicts);
		if (!conflicts.isEmpty()) {
			sink.bad(conflicts.stream().distinct().toList());
		}
		else if (!found.current().name().equals(values.name())) {
			// matched by ID number only: the number may be mistyped, and applying would rename somebody else
			if (actor.can(Privilege.MEMBER_SENSITIVE_VIEW)) {
				sink.otherPerson(new IdentityCheck(row, found.id(), found.current().name(), values.name(), false), update, fill);
			}
			else {
				// naming whom the number belongs to would let a role that may not see ID numbers confirm them
				// row by row (a sheet of every candidate number, each under a made-up name); such a row is
				// left out, and someone who may see ID numbers settles it
				sink.bad(List.of(new RowProblem(row, ImportColumn.ID_NUMBER, "member.import.idNumber.otherName")));
			}
		}
		else {
			sink.existing(row, found.id(), update, fill);
		}
	}

	/** The merged person if it differs from the registered one and passes the rules; null if unchanged. */
	private MemberDraft changes(int row, MemberDraft current, MemberDraft merged, List<RowProblem> conflicts) {
		if (batch.changedFields(current, merged).isEmpty()) {
			return null;
		}
		try {
			batch.recheck(actor, merged);
			return merged;
		}
		catch (Rejection rejection) {
			rejection.problems()
				.forEach(p -> conflicts.add(new RowProblem(row, ImportColumn.ofField(p.field()), "member.import.conflict",
						new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { p.code() },
								p.args()))));
			return null;
		}
	}

	/** The checked values in the form's terms, with null where the sheet gave nothing (so a merge keeps the registry's value). */
	private static MemberDraft normalised(PersonValues values, MemberDraft given) {
		MemberDraft v = values.toDraft(0);
		boolean fromId = given.idNumber() != null;
		return new MemberDraft(v.name(), v.unitCode(), given.gender() == null && !fromId ? null : v.gender(),
				given.birthDate() == null && !fromId ? null : v.birthDate(), keep(given.ethnicity(), v.ethnicity()),
				keep(given.idNumber(), v.idNumber()), keep(given.phone(), v.phone()), keep(given.education(), v.education()),
				keep(given.workUnit(), v.workUnit()), keep(given.post(), v.post()),
				keep(given.politicalAffiliation(), v.politicalAffiliation()), keep(given.religion(), v.religion()),
				keep(given.expertise(), v.expertise()), keep(given.awards(), v.awards()), keep(given.notes(), v.notes()),
				null, given.categories() == null ? null : v.categories(), null);
	}

	private static String keep(String given, String normal) {
		return given == null ? null : normal;
	}

}
