package org.tongxin.members.importing;

import java.util.List;

import org.tongxin.members.MemberDraft;
import org.tongxin.members.internal.PersonValues;

/** What the analysis found, row by row, a chunk at a time: the preview counts it, the confirmation applies it. */
interface ImportSink {

	void bad(List<RowProblem> problems);

	void fresh(int row, PersonValues values);

	/** A registered person the row describes, with the person as UPDATE and as FILL_EMPTY would leave them (null: no change). */
	void existing(int row, long personId, MemberDraft updated, MemberDraft filled);

	/**
	 * A registered person found by the row's ID number under another name: applied as
	 * {@link #existing} only if the uploader confirms the row.
	 */
	void otherPerson(IdentityCheck check, MemberDraft updated, MemberDraft filled);

	/** The end of a chunk: a good moment to write. */
	default void flush() {
	}

}
