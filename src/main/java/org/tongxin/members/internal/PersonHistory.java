package org.tongxin.members.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberDraft;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.person.IdentityMasking;
import org.tongxin.shared.security.Actor;

/**
 * Writes a person's change history (who, when, through what, which field, old and new value) in
 * the caller's transaction, and is the one place where its sensitive values become text again.
 *
 * <p>Sensitive values (ID number, phone, ethnicity, religion, political affiliation) are stored
 * encrypted with {@link FieldCipher} under a purpose of their own, not reduced to "changed":
 * the history exists so that a wrong change can be found and put right, which needs the value it
 * replaced, and the person's row already holds the same values under the same protection. Roles
 * without MEMBER_SENSITIVE_VIEW only ever see masks, and every unmasked view is audited.
 *
 * <p>A new person gets one row ("created"), not one per field: until a field changes, its value
 * is the person's current one, and its first change records what it was. That keeps the Excel
 * import at one extra row per person.
 */
@Component
public class PersonHistory {

	/** The field of the row that records the registration. */
	public static final String CREATED = "created";

	/** The field of rows about the photo; their values are the first characters of the image's hash. */
	public static final String PHOTO = "photo";

	/** The field of rows about representative posts. */
	public static final String POST = "post";

	/** The field of rows about awards (荣誉); their values tell title, level and year. */
	public static final String AWARD = "award";

	static final String PURPOSE = "members_person_change.value";

	/** Shown by year only to viewers who may not see ID numbers ({@link IdentityMasking}). */
	static final String BIRTH_DATE = "birthDate";

	private static final Set<String> SENSITIVE = Set.copyOf(MemberView.SENSITIVE_FIELDS);

	/** A row's values as the viewer may see them. */
	public record Shown(String before, String after) {
	}

	private final PersonChangeRepository changes;

	private final FieldCipher cipher;

	private final Units units;

	private final UserDirectory users;

	private final Clock clock;

	PersonHistory(PersonChangeRepository changes, FieldCipher cipher, Units units, UserDirectory users, Clock clock) {
		this.changes = changes;
		this.cipher = cipher;
		this.units = units;
		this.users = users;
		this.clock = clock;
	}

	/** The same history on another clock (see {@link MemberWriter#on}). */
	PersonHistory on(Clock other) {
		return new PersonHistory(changes, cipher, units, users, other);
	}

	/** Records a registration ({@code before} null) or every field that differs between two normalised drafts. */
	public void recorded(Actor actor, long personId, MemberDraft before, MemberDraft after, ChangeSource source) {
		Instant now = clock.instant();
		if (before == null) {
			changes.save(row(actor, personId, now, source, CREATED, null, null));
			return;
		}
		List<PersonChange> rows = new ArrayList<>();
		for (String field : FieldDiff.between(before, after)) {
			rows.add(row(actor, personId, now, source, field, text(field, before), text(field, after)));
		}
		changes.saveAll(rows);
	}

	/** Records one change described by the caller (photo, posts): values in clear, so never a sensitive field. */
	public void recorded(Actor actor, long personId, String field, String before, String after, ChangeSource source) {
		if (SENSITIVE.contains(field)) {
			throw new IllegalArgumentException("Sensitive field " + field + " goes through the draft comparison");
		}
		changes.save(row(actor, personId, clock.instant(), source, field, before, after));
	}

	/** The row's values: masks for a sensitive field unless {@code unmasked}, the decrypted values otherwise. */
	public Shown shown(PersonChange change, boolean unmasked) {
		if (BIRTH_DATE.equals(change.getField())) {
			// not sealed (it is no secret alone), but beside the ID's mask the date rebuilds the number
			return new Shown(IdentityMasking.birthDateText(change.getOldValue(), unmasked),
					IdentityMasking.birthDateText(change.getNewValue(), unmasked));
		}
		if (!change.isSealed()) {
			return new Shown(change.getOldValue(), change.getNewValue());
		}
		if (!unmasked) {
			return new Shown(MemberView.MASK, MemberView.MASK);
		}
		return new Shown(open(change.getOldValue()), open(change.getNewValue()));
	}

	/** The sensitive fields among rows, i.e. what an unmasked view of them reveals (for the audit). */
	public static List<String> sensitiveFields(Collection<PersonChange> rows) {
		return rows.stream().filter(PersonChange::isSealed).map(PersonChange::getField).distinct().sorted().toList();
	}

	private PersonChange row(Actor actor, long personId, Instant now, ChangeSource source, String field, String before,
			String after) {
		boolean sealed = SENSITIVE.contains(field);
		return new PersonChange(personId, now, actor.userId(), actor.displayName(), source, field,
				sealed ? seal(before) : before, sealed ? seal(after) : after, sealed);
	}

	/** A field's value as history text: empty is none; the unit and liaison by name, as they were called then. */
	private String text(String field, MemberDraft draft) {
		Object value = FieldDiff.value(field, draft);
		if (value == null || "".equals(value)) {
			return null;
		}
		return switch (field) {
			case "unitCode" -> units.findByCode((String) value).map(PersonHistory::unitText).orElse((String) value);
			case "liaisonUserId" -> users.find((Long) value).map(UserSummary::displayName).orElse("#" + value);
			case "categories" -> ((Collection<?>) value).isEmpty() ? null
					: String.join(",", ((Collection<?>) value).stream().map(String::valueOf).sorted().toList());
			default -> String.valueOf(value);
		};
	}

	private static String unitText(UnitSummary unit) {
		return unit.name() + " (" + unit.code() + ")";
	}

	private String seal(String value) {
		return value == null ? null : cipher.encrypt(PURPOSE, value);
	}

	private String open(String value) {
		return value == null ? null : cipher.decrypt(PURPOSE, value);
	}

}
