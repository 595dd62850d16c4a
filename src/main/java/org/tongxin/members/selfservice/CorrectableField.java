package org.tongxin.members.selfservice;

import java.util.Map;
import java.util.function.Function;

import org.tongxin.members.MemberDraft;

/**
 * The fields a member may ask to correct: what they know best about themselves. Unit, categories,
 * ID number, political affiliation, religion and ethnicity stay with the department (they decide
 * who the person is to united front work, and some follow from documents), as do liaison and notes.
 * Names are those of {@link MemberDraft}, so history and labels ({@code member.<name>}) match.
 */
enum CorrectableField {

	PHONE("phone", true, MemberDraft::phone),
	EDUCATION("education", false, MemberDraft::education),
	WORK_UNIT("workUnit", false, MemberDraft::workUnit),
	POST("post", false, MemberDraft::post),
	EXPERTISE("expertise", false, MemberDraft::expertise),
	AWARDS("awards", false, MemberDraft::awards);

	private final String field;

	private final boolean sensitive;

	private final Function<MemberDraft, String> reader;

	CorrectableField(String field, boolean sensitive, Function<MemberDraft, String> reader) {
		this.field = field;
		this.sensitive = sensitive;
		this.reader = reader;
	}

	String field() {
		return field;
	}

	boolean sensitive() {
		return sensitive;
	}

	/** The field's value in a draft; empty and null are both "none" (null). */
	String of(MemberDraft draft) {
		String value = reader.apply(draft);
		return value == null || value.isEmpty() ? null : value;
	}

	static CorrectableField named(String field) {
		for (CorrectableField f : values()) {
			if (f.field.equals(field)) {
				return f;
			}
		}
		throw new IllegalArgumentException(field);
	}

	/**
	 * A draft that sets only the given fields (a null value clears; an absent field keeps): the
	 * shape {@link MemberDraft#over} and the registry's edit take.
	 */
	static MemberDraft draft(Map<CorrectableField, String> values, Long version) {
		return new MemberDraft(null, null, null, null, null, null, value(values, PHONE), value(values, EDUCATION),
				value(values, WORK_UNIT), value(values, POST), null, null, value(values, EXPERTISE), value(values, AWARDS),
				null, null, null, version);
	}

	private static String value(Map<CorrectableField, String> values, CorrectableField field) {
		if (!values.containsKey(field)) {
			return null;
		}
		String value = values.get(field);
		return value == null ? "" : value;
	}

}
