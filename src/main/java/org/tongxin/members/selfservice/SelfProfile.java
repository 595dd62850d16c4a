package org.tongxin.members.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.CorrectionRequested;
import org.tongxin.members.CorrectionWithdrawn;
import org.tongxin.members.MemberDetail;
import org.tongxin.members.MemberDraft;
import org.tongxin.members.internal.Person;
import org.tongxin.members.internal.SelfServiceAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * A member's own profile and their correction requests. The only person reached here is the one
 * linked to the caller's account: no id from the request ever selects a person, so a member
 * cannot see anyone else, and a user without a link (staff included) has no profile (404).
 */
@Service
public class SelfProfile {

	static final int REASON_MAX = 500;

	/** How many of their own requests a member sees (newest first). */
	static final int HISTORY = 20;

	/** The member's page: their profile, the values they may correct (for the form), their requests. */
	public record Own(MemberDetail profile, List<CorrectionView> corrections, Map<String, String> correctable) {

		public boolean hasPending() {
			return corrections.stream().anyMatch(CorrectionView::pending);
		}

	}

	private final AccountLinkRepository links;

	private final CorrectionRepository corrections;

	private final SelfServiceAccess registry;

	private final CorrectionValues values;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SelfProfile(AccountLinkRepository links, CorrectionRepository corrections, SelfServiceAccess registry,
			CorrectionValues values, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
		this.links = links;
		this.corrections = corrections;
		this.registry = registry;
		this.values = values;
		this.auditLog = auditLog;
		this.clock = clock;
		this.events = events;
	}

	/** The member's own profile; 404 for a user without a linked profile. */
	@Transactional(readOnly = true)
	public Own own(Actor actor) {
		return ownIfLinked(actor).orElseThrow(() -> new NotFoundException("profile", actor.userId()));
	}

	/** The same, empty for a user without a linked profile (the page says so). One transaction, for the page budget. */
	@Transactional(readOnly = true)
	public Optional<Own> ownIfLinked(Actor actor) {
		return linked(actor).map(this::own);
	}

	private Own own(Person person) {
		MemberDetail profile = registry.ownDetail(person);
		String unitName = profile.unit() == null ? null : profile.unit().name();
		List<CorrectionView> mine = corrections.findByPerson(person.getId())
			.stream()
			.limit(HISTORY)
			.map(c -> values.view(c, person.getName(), unitName, true))
			.toList();
		MemberDraft current = registry.current(person);
		Map<String, String> correctable = new LinkedHashMap<>();
		for (CorrectableField f : CorrectableField.values()) {
			correctable.put(f.field(), Objects.requireNonNullElse(f.of(current), ""));
		}
		return new Own(profile, mine, correctable);
	}

	/**
	 * Asks for the fields in {@code proposed} (field name → value; empty clears, absent keeps) to
	 * be corrected. The values are checked by the registry's rules now, so a bad phone is refused
	 * naming the field; only fields that differ are kept; one open request per person.
	 */
	@Transactional
	public CorrectionView request(Actor actor, Map<String, String> proposed, String reason) {
		Person person = person(actor);
		List<Rejection.FieldProblem> problems = new ArrayList<>();
		Map<CorrectableField, String> asked = new EnumMap<>(CorrectableField.class);
		proposed.forEach((name, value) -> {
			try {
				asked.put(CorrectableField.named(name), value);
			}
			catch (IllegalArgumentException notOurs) {
				problems.add(new Rejection.FieldProblem(name, "correction.field.notCorrectable"));
			}
		});
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			problems.add(new Rejection.FieldProblem("reason", "correction.reason.required"));
		}
		else if (why.length() > REASON_MAX) {
			problems.add(new Rejection.FieldProblem("reason", "member.field.tooLong", REASON_MAX));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (corrections.existsByPersonIdAndStatus(person.getId(), CorrectionStatus.PENDING)) {
			throw new Rejection(null, "correction.pendingExists");
		}
		MemberDraft before = registry.current(person);
		MemberDraft after = registry.checked(person, CorrectableField.draft(asked, null));
		List<CorrectionField> fields = new ArrayList<>();
		for (CorrectableField f : asked.keySet()) {
			if (!Objects.equals(f.of(before), f.of(after))) {
				fields.add(values.field(f, f.of(before), f.of(after)));
			}
		}
		if (fields.isEmpty()) {
			throw new Rejection(null, "correction.nothingChanged");
		}
		Correction correction = new Correction(person.getId(), actor.userId(), clock.instant(), why, fields);
		try {
			corrections.saveAndFlush(correction);
		}
		catch (DataIntegrityViolationException concurrent) {
			throw new Rejection(null, "correction.pendingExists");
		}
		auditLog.append(AuditRecord.of("CORRECTION_REQUESTED").target("member", person.getId())
			.detail("correction", correction.getId())
			.detail("fields", String.join(",", fields.stream().map(CorrectionField::field).toList())));
		events.publishEvent(new CorrectionRequested(correction.getId(), person.getId(), correction.getRequestedAt(),
				actor.userId()));
		return values.view(correction, person.getName(), null, true);
	}

	/** Takes back an open request of the member's own; anything else is a 404. */
	@Transactional
	public void withdraw(Actor actor, long correctionId) {
		Person person = person(actor);
		Correction correction = corrections.findById(correctionId)
			.filter(c -> c.getPersonId() == person.getId())
			.orElseThrow(() -> new NotFoundException("correction", correctionId));
		if (!correction.isPending()) {
			throw new Rejection(null, "correction.decided");
		}
		Instant now = clock.instant();
		correction.withdraw(now);
		corrections.saveAndFlush(correction);
		auditLog.append(AuditRecord.of("CORRECTION_WITHDRAWN").target("member", person.getId())
			.detail("correction", correctionId));
		events.publishEvent(new CorrectionWithdrawn(correctionId, person.getId(), now, actor.userId()));
	}

	private Person person(Actor actor) {
		return linked(actor).orElseThrow(() -> new NotFoundException("profile", actor.userId()));
	}

	private Optional<Person> linked(Actor actor) {
		return links.findByUserId(actor.userId()).flatMap(link -> registry.find(link.personId()));
	}

}
