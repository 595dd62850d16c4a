package org.tongxin.members.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberDraft;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * Creates and changes people for an actor, within the actor's scope, with the audit record in the
 * same transaction (callers provide it). No privilege check here: {@link MemberRegistry} declares
 * those, and the demo registry writes through the same rules as the system.
 */
@Component
public class MemberWriter {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final PersonRepository people;

	private final SensitiveFields sensitive;

	private final Units units;

	private final UnitPicker picker;

	private final UnitAccess access;

	private final AuditLog auditLog;

	private final Clock clock;

	private final PersonHistory history;

	private final LiaisonPicker liaisons;

	private final MemberCategories categories;

	private final IdNumberChecks idChecks;

	MemberWriter(PersonRepository people, SensitiveFields sensitive, Units units, UnitPicker picker, UnitAccess access, AuditLog auditLog,
			Clock clock, PersonHistory history, LiaisonPicker liaisons, MemberCategories categories, IdNumberChecks idChecks) {
		this.idChecks = idChecks;
		this.categories = categories;
		this.liaisons = liaisons;
		this.history = history;
		this.people = people;
		this.sensitive = sensitive;
		this.units = units;
		this.picker = picker;
		this.access = access;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The same writer on another clock: the demo registers its people on the days its story says
	 * they were registered (the registry was built up before 2021), through the same rules, so that
	 * figures "as of" a past date come out of the records. The audit trail keeps its own clock.
	 */
	public MemberWriter on(Clock other) {
		return new MemberWriter(people, sensitive, units, picker, access, auditLog, other, history.on(other), liaisons, categories, idChecks);
	}

	public Person create(Actor actor, MemberDraft draft) {
		PersonValues values = PersonRules.check(draft, code -> visibleUnit(actor, code, null),
				userId -> liaisons.eligible(actor, userId), categories.choice(Set.of()), today());
		checkDuplicate(actor, values, null);
		Person person = new Person(clock.instant());
		person.apply(values, sensitive.idNumber(values.idNumber()), sensitive.phone(values.phone()), clock.instant());
		save(person);
		auditLog.append(AuditRecord.of("MEMBER_CREATED").target("member", person.getId())
			.detail("unit", values.unit().code()).detail("fields", String.join(",", FieldDiff.filled(values.toDraft(0)))));
		history.recorded(actor, person.getId(), null, values.toDraft(0), ChangeSource.current());
		return person;
	}

	Person edit(Actor actor, long id, MemberDraft draft) {
		Person person = visible(actor, id);
		if (draft.version() == null) {
			throw new Rejection("version", "member.version.required");
		}
		if (draft.version() != person.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Person.class, id);
		}
		UnitSummary current = units.find(person.getUnitId()).orElseThrow(() -> new NotFoundException("member", id));
		MemberDraft before = currentDraft(person, current);
		// the current liaison stays acceptable (named by someone with a wider scope); a new one must be eligible
		Long currentLiaison = person.getLiaisonUserId();
		PersonValues values = PersonRules.check(draft.over(before), code -> visibleUnit(actor, code, current),
				userId -> userId == (currentLiaison == null ? -1 : currentLiaison) || liaisons.eligible(actor, userId),
				categories.choice(Set.copyOf(person.getCategories())), today());
		List<String> changed = FieldDiff.between(before, values.toDraft(person.getVersion()));
		if (changed.isEmpty()) {
			return person;
		}
		checkDuplicate(actor, values, person);
		person.apply(values, sensitive.idNumber(values.idNumber()), sensitive.phone(values.phone()), clock.instant());
		save(person);
		auditLog.append(AuditRecord.of("MEMBER_UPDATED").target("member", id).detail("fields", String.join(",", changed)));
		history.recorded(actor, id, before, values.toDraft(person.getVersion()), ChangeSource.current());
		return person;
	}

	/** The person if the actor's scope admits them; otherwise 404, the same as an unknown id. */
	Person visible(Actor actor, long id) {
		return people.findById(id)
			.filter(MemberScope.of(actor, access)::admits)
			.orElseThrow(() -> new NotFoundException("member", id));
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/**
	 * The unit typed (name or code), active and within the actor's scope; a person's current unit
	 * stays acceptable after it was deactivated.
	 */
	private Optional<UnitSummary> visibleUnit(Actor actor, String typed, UnitSummary current) {
		if (current != null && (current.code().equals(typed) || UnitPicker.label(current).equals(typed))) {
			return Optional.of(current);
		}
		return picker.pick(actor, UnitPicker.Reach.SCOPE, "unitCode", "member.unit", typed);
	}

	/**
	 * Refuses a number registered to somebody else. A new number is a question put to the registry,
	 * counted for a role that may not see ID numbers ({@link IdNumberChecks}); the person's own
	 * number kept on an edit is not.
	 */
	private void checkDuplicate(Actor actor, PersonValues values, Person self) {
		if (values.idNumber() == null) {
			return;
		}
		String hash = sensitive.idNumberHash(values.idNumber());
		if (self != null && hash.equals(self.getIdNumberHash())) {
			return;
		}
		idChecks.admit(actor, List.of(hash), "idNumber");
		people.findByIdNumberHash(hash)
			.filter(existing -> self == null || !existing.getId().equals(self.getId()))
			.ifPresent(existing -> {
				throw duplicate(actor, existing);
			});
	}

	/** Names the existing record only to an actor who may see it; others learn only that it exists. */
	private Rejection duplicate(Actor actor, Person existing) {
		boolean visible = MemberScope.of(actor, access).admits(existing);
		return new Rejection("idNumber", "member.duplicate", visible ? "#" + existing.getId() : "");
	}

	/** Flushes so that a concurrent registration of the same ID number is answered as a duplicate. */
	private void save(Person person) {
		try {
			people.saveAndFlush(person);
		}
		catch (DataIntegrityViolationException ex) {
			throw new Rejection("idNumber", "member.duplicate", "");
		}
	}

	/** The person as a draft with every value (sensitive ones decrypted), for comparing and merging. */
	MemberDraft currentDraft(Person p, UnitSummary unit) {
		TreeSet<String> codes = new TreeSet<>(p.getCategories());
		return new MemberDraft(p.getName(), unit.code(), p.getGender() == null ? "" : p.getGender().name(),
				p.getBirthDate() == null ? "" : p.getBirthDate().toString(), blank(p.getEthnicity()),
				blank(sensitive.idNumber(p)), blank(sensitive.phone(p)), blank(p.getEducation()),
				blank(p.getWorkUnit()), blank(p.getPost()), blank(p.getPoliticalAffiliation()),
				blank(p.getReligion()), blank(p.getExpertise()), blank(p.getAwards()), blank(p.getNotes()),
				p.getLiaisonUserId(), codes, p.getVersion());
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

}
