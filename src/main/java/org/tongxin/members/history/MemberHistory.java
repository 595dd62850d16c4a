package org.tongxin.members.history;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.internal.Person;
import org.tongxin.members.internal.PersonChange;
import org.tongxin.members.internal.PersonChangeRepository;
import org.tongxin.members.internal.PersonHistory;
import org.tongxin.members.internal.PersonRepository;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * A person's change history on behalf of an actor: the registry's data scope (out of scope is a
 * 404, like an unknown id), sensitive values masked without MEMBER_SENSITIVE_VIEW, and an
 * unmasked page that holds sensitive values audited as the detail is (which fields, never values).
 * Not read-only: the audit record is written here.
 */
@Service
public class MemberHistory {

	public static final int PAGE_SIZE = 20;

	/** Draft fields whose label key is not simply {@code member.<field>}. */
	private static final Map<String, String> LABELS = Map.of("unitCode", "member.unit", "liaisonUserId", "member.liaison",
			PersonHistory.CREATED, "history.field.created", PersonHistory.PHOTO, "history.field.photo",
			PersonHistory.POST, "history.field.post");

	private final PersonRepository people;

	private final PersonChangeRepository changes;

	private final PersonHistory history;

	private final UnitAccess access;

	private final AuditLog auditLog;

	MemberHistory(PersonRepository people, PersonChangeRepository changes, PersonHistory history, UnitAccess access,
			AuditLog auditLog) {
		this.people = people;
		this.changes = changes;
		this.history = history;
		this.access = access;
		this.auditLog = auditLog;
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional
	public HistoryPage of(Actor actor, long personId, int page, int size) {
		Person person = people.findById(personId)
			.filter(MemberScope.of(actor, access)::admits)
			.orElseThrow(() -> new NotFoundException("member", personId));
		boolean unmasked = actor.can(Privilege.MEMBER_SENSITIVE_VIEW);
		int number = Math.max(page, 0);
		Slice<PersonChange> slice = changes.findByPersonIdOrderByChangedAtDescIdDesc(personId,
				PageRequest.of(number, Math.min(Math.max(size, 1), PAGE_SIZE)));
		if (unmasked) {
			List<String> fields = PersonHistory.sensitiveFields(slice.getContent());
			if (!fields.isEmpty()) {
				auditLog.append(AuditRecord.of("SENSITIVE_VIEW").target("member", personId)
					.detail("fields", String.join(",", fields)).detail("view", "history"));
			}
		}
		List<HistoryEntry> entries = slice.getContent().stream().map(c -> entry(c, unmasked)).toList();
		return new HistoryPage(personId, person.getName(), entries, number, slice.hasNext(), unmasked);
	}

	private HistoryEntry entry(PersonChange change, boolean unmasked) {
		PersonHistory.Shown shown = history.shown(change, unmasked);
		return new HistoryEntry(change.getId(), change.getChangedAt(), change.getActorUserId(), change.getActorName(),
				change.getSource().name(), change.getField(), labelKey(change.getField()), shown.before(), shown.after(),
				change.isSealed(), change.isSealed() && !unmasked);
	}

	static String labelKey(String field) {
		return LABELS.getOrDefault(field, "member." + field);
	}

}
