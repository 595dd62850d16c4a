package org.tongxin.members.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tongxin.members.MemberDraft;

/**
 * The names of the fields that differ between two normalised drafts, for the audit record of a
 * change: names only, never values, because several fields are sensitive. Walks the record's
 * components so that a field added to the draft is compared without anyone remembering to.
 */
final class FieldDiff {

	private FieldDiff() {
	}

	static final MemberDraft BLANK = new MemberDraft("", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
			null, java.util.Set.of(), null);

	/** The fields a new person was given. */
	static List<String> filled(MemberDraft after) {
		return between(BLANK, after);
	}

	static List<String> between(MemberDraft before, MemberDraft after) {
		List<String> changed = new ArrayList<>();
		for (RecordComponent component : MemberDraft.class.getRecordComponents()) {
			if (component.getName().equals("version")) {
				continue;
			}
			if (!Objects.equals(read(component, before), read(component, after))) {
				changed.add(component.getName());
			}
		}
		return changed;
	}

	/** The value of one field of a draft by its name, as {@link #between} compares it. */
	static Object value(String field, MemberDraft draft) {
		for (RecordComponent component : MemberDraft.class.getRecordComponents()) {
			if (component.getName().equals(field)) {
				return read(component, draft);
			}
		}
		throw new IllegalArgumentException(field);
	}

	private static Object read(RecordComponent component, MemberDraft draft) {
		try {
			return component.getAccessor().invoke(draft);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
