package org.tongxin.members.importing;

import java.util.ArrayList;
import java.util.List;

import org.tongxin.members.MemberDraft;
import org.tongxin.members.internal.PersonValues;

/** The preview: counts every kind of row and keeps the problems (row, column, reason). */
final class CountingSink implements ImportSink {

	private final List<RowProblem> problems = new ArrayList<>();

	private final List<IdentityCheck> checks = new ArrayList<>();

	private int bad;

	private int fresh;

	private int existing;

	private int changedByUpdate;

	private int changedByFill;

	private int toConfirm;

	@Override
	public void bad(List<RowProblem> rowProblems) {
		bad++;
		problems.addAll(rowProblems);
	}

	@Override
	public void fresh(int row, PersonValues values) {
		fresh++;
	}

	@Override
	public void existing(int row, long personId, MemberDraft updated, MemberDraft filled) {
		existing++;
		changedByUpdate += updated == null ? 0 : 1;
		changedByFill += filled == null ? 0 : 1;
	}

	@Override
	public void otherPerson(IdentityCheck check, MemberDraft updated, MemberDraft filled) {
		toConfirm++;
		checks.add(check);
	}

	ImportCounts counts(int total) {
		return new ImportCounts(total, fresh, existing, changedByUpdate, changedByFill, bad, toConfirm);
	}

	List<IdentityCheck> checks() {
		return checks;
	}

	List<RowProblem> problems() {
		return problems;
	}

}
