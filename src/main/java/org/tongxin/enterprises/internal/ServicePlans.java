package org.tongxin.enterprises.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * The service plan of an enterprise (一企一策: one enterprise, one policy) on behalf of an actor:
 * measures belong to their enterprise, so its scope decides (a measure of an enterprise out of
 * scope is a 404, before its input is looked at); a measure open past its due date is overdue;
 * every change is audited on the enterprise and moves its version.
 */
@Service
public class ServicePlans {

	private final MeasureStore measures;

	private final EnterpriseStore enterprises;

	private final EnterpriseAccess access;

	private final UserDirectory users;

	private final AuditLog auditLog;

	ServicePlans(MeasureStore measures, EnterpriseStore enterprises, EnterpriseAccess access, UserDirectory users,
			AuditLog auditLog) {
		this.measures = measures;
		this.enterprises = enterprises;
		this.access = access;
		this.users = users;
		this.auditLog = auditLog;
	}

	@Requires(Privilege.ENTERPRISE_VIEW)
	@Transactional(readOnly = true)
	public Views.Plan of(Actor actor, long enterpriseId) {
		EnterpriseStore.Stored enterprise = access.enterprise(actor, enterpriseId);
		return new Views.Plan(enterpriseId, enterprise.name(), enterprise.version(),
				views(measures.ofEnterprise(enterpriseId)));
	}

	@Requires(Privilege.ENTERPRISE_VIEW)
	@Transactional(readOnly = true)
	public Views.Measure measure(Actor actor, long measureId) {
		return views(List.of(visible(actor, measureId))).get(0);
	}

	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public Views.Measure add(Actor actor, long enterpriseId, Drafts.MeasureDraft draft) {
		access.enterprise(actor, enterpriseId);
		Values.Measure values = EnterpriseRules.measure(draft, this::enabledUser, access.today());
		long id = measures.insert(enterpriseId, values, access.now());
		enterprises.touch(enterpriseId, access.now());
		auditLog.append(described(AuditRecord.of("MEASURE_ADDED").target("enterprise", enterpriseId).detail("measure", id),
				values));
		return measure(id);
	}

	/** A change of the whole measure; absent fields keep their values, a stale version answers 409. */
	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public Views.Measure edit(Actor actor, long measureId, Drafts.MeasureDraft draft) {
		MeasureStore.Stored before = visible(actor, measureId);
		if (draft.version() == null) {
			throw new Rejection("version", "enterprise.version.required");
		}
		if (draft.version() != before.version()) {
			throw new ObjectOptimisticLockingFailureException("enterprises_measure", measureId);
		}
		Values.Measure values = EnterpriseRules.measure(draft.over(draftOf(before)), this::enabledUser, access.today());
		if (!measures.update(measureId, before.version(), values, access.now())) {
			throw new ObjectOptimisticLockingFailureException("enterprises_measure", measureId);
		}
		enterprises.touch(before.enterpriseId(), access.now());
		auditLog.append(described(AuditRecord.of("MEASURE_CHANGED").target("enterprise", before.enterpriseId())
			.detail("measure", measureId).detail("statusBefore", before.status()), values));
		return measure(measureId);
	}

	/** Marks an open measure done on a day (empty: today) with its result; a closed one is refused. */
	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public Views.Measure complete(Actor actor, long measureId, String resultNote, String doneOn) {
		MeasureStore.Stored before = visible(actor, measureId);
		if (!before.status().isOpen()) {
			throw new Rejection("status", "measure.closed");
		}
		Drafts.MeasureDraft draft = new Drafts.MeasureDraft(null, null, null, null, null, MeasureStatus.DONE.name(),
				resultNote, doneOn == null ? "" : doneOn, before.version());
		return edit(actor, measureId, draft);
	}

	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public long remove(Actor actor, long measureId) {
		MeasureStore.Stored before = visible(actor, measureId);
		measures.delete(measureId);
		enterprises.touch(before.enterpriseId(), access.now());
		auditLog.append(AuditRecord.of("MEASURE_REMOVED").target("enterprise", before.enterpriseId())
			.detail("measure", measureId).detail("text", before.text()));
		return before.enterpriseId();
	}

	/** The measure as a draft for absent fields keeping their values (its owner by username). */
	Drafts.MeasureDraft draftOf(MeasureStore.Stored m) {
		String username = m.ownerUserId() == null ? null
				: users.find(m.ownerUserId()).map(UserSummary::username).orElse(null);
		return new Drafts.MeasureDraft(m.text(), m.ownerName(), username, m.startsOn().toString(), m.dueOn().toString(),
				m.status().name(), m.resultNote(), m.doneOn() == null ? null : m.doneOn().toString(), m.version());
	}

	private Optional<Long> enabledUser(String username) {
		return users.findByUsername(username).filter(UserSummary::enabled).map(UserSummary::id);
	}

	private Views.Measure measure(long id) {
		return views(List.of(measures.find(id).orElseThrow())).get(0);
	}

	/** The measure if its enterprise is in scope; otherwise 404 naming the measure, the same as an unknown id. */
	private MeasureStore.Stored visible(Actor actor, long measureId) {
		MeasureStore.Stored measure = measures.find(measureId)
			.orElseThrow(() -> new NotFoundException("measure", measureId));
		access.enterprise(actor, measure.enterpriseId(), "measure", measureId);
		return measure;
	}

	/** Views with the owners' names, users looked up in one statement. */
	private List<Views.Measure> views(List<MeasureStore.Stored> stored) {
		List<Long> userIds = stored.stream().map(MeasureStore.Stored::ownerUserId).filter(java.util.Objects::nonNull)
			.distinct().toList();
		Map<Long, UserSummary> owners = userIds.isEmpty() ? Map.of() : users.findAll(userIds);
		java.time.LocalDate today = access.today();
		return stored.stream().map(m -> {
			UserSummary owner = m.ownerUserId() == null ? null : owners.get(m.ownerUserId());
			return new Views.Measure(m.id(), m.enterpriseId(), m.text(),
					owner != null ? owner.displayName() : m.ownerName(), m.ownerUserId(),
					owner == null ? null : owner.username(), m.startsOn(), m.dueOn(), m.status(), m.resultNote(),
					m.doneOn(), m.version(), m.overdue(today));
		}).toList();
	}

	private static AuditRecord described(AuditRecord record, Values.Measure v) {
		return record.detail("text", v.text()).detail("dueOn", v.dueOn()).detail("status", v.status())
			.detail("doneOn", v.doneOn());
	}

}
