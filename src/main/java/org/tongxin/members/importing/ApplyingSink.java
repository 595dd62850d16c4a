package org.tongxin.members.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tongxin.members.MemberDraft;
import org.tongxin.members.internal.MemberBatch;
import org.tongxin.members.internal.PersonValues;
import org.tongxin.shared.security.Actor;

/**
 * The confirmation: counts exactly like the preview (so the two can be compared) and writes as
 * it goes, new people in bulk at the end of each chunk, changes to registered people through
 * the same writer as the edit form. A row found by its ID number under another name changes
 * that person only if the user confirmed the row.
 */
final class ApplyingSink implements ImportSink {

	private final CountingSink counting = new CountingSink();

	private final List<PersonValues> fresh = new ArrayList<>();

	private final Actor actor;

	private final MemberBatch batch;

	private final ImportMode mode;

	private final Set<Integer> confirmedRows;

	private final List<Integer> confirmed = new ArrayList<>();

	private int created;

	private int updated;

	ApplyingSink(Actor actor, MemberBatch batch, ImportMode mode, Set<Integer> confirmedRows) {
		this.actor = actor;
		this.batch = batch;
		this.mode = mode;
		this.confirmedRows = Set.copyOf(confirmedRows);
	}

	@Override
	public void bad(List<RowProblem> problems) {
		counting.bad(problems);
	}

	@Override
	public void fresh(int row, PersonValues values) {
		counting.fresh(row, values);
		fresh.add(values);
	}

	@Override
	public void existing(int row, long personId, MemberDraft whenUpdated, MemberDraft whenFilled) {
		counting.existing(row, personId, whenUpdated, whenFilled);
		change(personId, whenUpdated, whenFilled);
	}

	@Override
	public void otherPerson(IdentityCheck check, MemberDraft whenUpdated, MemberDraft whenFilled) {
		counting.otherPerson(check, whenUpdated, whenFilled);
		if (confirmedRows.contains(check.row())) {
			confirmed.add(check.row());
			change(check.personId(), whenUpdated, whenFilled);
		}
	}

	private void change(long personId, MemberDraft whenUpdated, MemberDraft whenFilled) {
		MemberDraft change = switch (mode) {
			case SKIP -> null;
			case UPDATE -> whenUpdated;
			case FILL_EMPTY -> whenFilled;
		};
		if (change != null) {
			batch.update(actor, personId, change);
			updated++;
		}
	}

	@Override
	public void flush() {
		created += batch.insert(actor, fresh).size();
		fresh.clear();
	}

	ImportCounts counts(int total) {
		return counting.counts(total);
	}

	int created() {
		return created;
	}

	int updated() {
		return updated;
	}

	/** The confirmed rows that were applied (in SKIP mode too: the user vouched for them). */
	List<Integer> confirmed() {
		return confirmed;
	}

}
