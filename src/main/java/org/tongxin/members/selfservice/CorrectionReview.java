package org.tongxin.members.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.CorrectionApproved;
import org.tongxin.members.CorrectionRejected;
import org.tongxin.members.MemberDraft;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.internal.Person;
import org.tongxin.members.internal.SelfServiceAccess;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Staff review of members' corrections (MEMBER_MANAGE), within the actor's data scope: a
 * correction of a person out of scope is a 404, like an unknown id. Approving applies the values
 * through the registry's writer; a field changed by someone else since the request (neither the
 * value the member saw nor the one asked for) refuses the approval naming that field, since
 * applying it would silently undo the other change. Deciding claims the row under its version, so
 * of two reviewers at once one wins and the other gets 409 with nothing applied.
 */
@Service
public class CorrectionReview {

	/** The review list's length: the oldest requests first, so none waits for ever. */
	public static final int LIMIT = 50;

	private final CorrectionRepository corrections;

	private final CorrectionQuery query;

	private final CorrectionValues values;

	private final SelfServiceAccess registry;

	private final UnitAccess access;

	private final Units units;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CorrectionReview(CorrectionRepository corrections, CorrectionQuery query, CorrectionValues values,
			SelfServiceAccess registry, UnitAccess access, Units units, AuditLog auditLog, Clock clock,
			ApplicationEventPublisher events) {
		this.corrections = corrections;
		this.query = query;
		this.values = values;
		this.registry = registry;
		this.access = access;
		this.units = units;
		this.auditLog = auditLog;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Pending corrections in scope. Sensitive values open only with MEMBER_SENSITIVE_VIEW, and a
	 * list that shows any is audited once (which corrections, never the values). Not read-only:
	 * the audit record is written here.
	 */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public List<CorrectionView> pending(Actor actor) {
		return views(actor, query.pending(MemberScope.of(actor, access), LIMIT));
	}

	/** As {@link #pending(Actor)}, a page at a time with the count of them all (the review page). */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Page<CorrectionView> pending(Actor actor, int page, int size) {
		MemberScope scope = MemberScope.of(actor, access);
		long total = query.count(scope);
		int number = (int) Math.min(page, Math.max(0, (total - 1) / size));
		List<CorrectionView> views = views(actor, query.pending(scope, size, (long) number * size));
		return new PageImpl<>(views, PageRequest.of(number, size), total);
	}

	private List<CorrectionView> views(Actor actor, List<CorrectionQuery.Line> lines) {
		if (lines.isEmpty()) {
			return List.of();
		}
		Map<Long, Correction> loaded = corrections.findWithFields(lines.stream().map(CorrectionQuery.Line::id).toList())
			.stream()
			.collect(Collectors.toMap(Correction::getId, Function.identity()));
		Map<Long, String> unitNames = units.namesOf(lines.stream().map(CorrectionQuery.Line::unitId).distinct().toList());
		boolean unmasked = actor.can(Privilege.MEMBER_SENSITIVE_VIEW);
		List<CorrectionView> views = new ArrayList<>();
		List<Long> revealing = new ArrayList<>();
		for (CorrectionQuery.Line line : lines) {
			Correction c = loaded.get(line.id());
			views.add(values.view(c, line.personName(), unitNames.get(line.unitId()), unmasked));
			if (unmasked && c.getFields().stream().anyMatch(CorrectionField::sealed)) {
				revealing.add(c.getId());
			}
		}
		if (!revealing.isEmpty()) {
			auditLog.append(AuditRecord.of("SENSITIVE_VIEW").target("member_corrections", "pending")
				.detail("corrections", revealing.stream().map(String::valueOf).collect(Collectors.joining(",")))
				.detail("fields", "phone").detail("view", "corrections"));
		}
		return views;
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional(readOnly = true)
	public long pendingCount(Actor actor) {
		return query.count(MemberScope.of(actor, access));
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public void approve(Actor actor, long id, String note) {
		Correction correction = claim(actor, id);
		String approvalNote = note(note);
		Person person = registry.visible(actor, correction.getPersonId());
		MemberDraft current = registry.current(person);
		Map<CorrectableField, String> apply = new EnumMap<>(CorrectableField.class);
		List<FieldProblem> conflicts = new ArrayList<>();
		for (CorrectionField f : correction.getFields()) {
			CorrectableField field = CorrectableField.named(f.field());
			String now = field.of(current);
			String asked = values.after(f);
			if (Objects.equals(now, asked)) {
				continue;
			}
			if (!Objects.equals(now, values.before(f))) {
				conflicts.add(new FieldProblem(f.field(), "correction.conflict"));
				continue;
			}
			apply.put(field, asked);
		}
		if (!conflicts.isEmpty()) {
			throw new Rejection(conflicts);
		}
		Instant now = clock.instant();
		correction.decide(CorrectionStatus.APPROVED, actor, now, approvalNote);
		corrections.saveAndFlush(correction);
		if (!apply.isEmpty()) {
			registry.apply(actor, person.getId(), CorrectableField.draft(apply, person.getVersion()));
		}
		auditLog.append(AuditRecord.of("CORRECTION_APPROVED").target("member", person.getId()).detail("correction", id)
			.detail("fields", String.join(",", apply.keySet().stream().map(CorrectableField::field).toList())));
		events.publishEvent(new CorrectionApproved(id, person.getId(), now, actor.userId()));
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public void reject(Actor actor, long id, String reason) {
		// scope first: a correction out of scope is a 404 whatever the input
		Correction correction = claim(actor, id);
		String why = note(reason);
		if (why == null) {
			throw new Rejection("reason", "correction.rejectReason.required");
		}
		Instant now = clock.instant();
		correction.decide(CorrectionStatus.REJECTED, actor, now, why);
		corrections.saveAndFlush(correction);
		auditLog.append(AuditRecord.of("CORRECTION_REJECTED").target("member", correction.getPersonId())
			.detail("correction", id));
		events.publishEvent(new CorrectionRejected(id, correction.getPersonId(), now, actor.userId()));
	}

	/** The correction if its person is in scope (else 404) and it is still open (else refused). */
	private Correction claim(Actor actor, long id) {
		Correction correction = corrections.findOneWithFields(id)
			.filter(c -> registry.find(c.getPersonId()).filter(p -> registry.admits(actor, p)).isPresent())
			.orElseThrow(() -> new NotFoundException("correction", id));
		if (!correction.isPending()) {
			throw new Rejection(null, "correction.decided");
		}
		return correction;
	}

	private static String note(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > SelfProfile.REASON_MAX) {
			throw new Rejection("reason", "member.field.tooLong", SelfProfile.REASON_MAX);
		}
		return stripped;
	}

}
