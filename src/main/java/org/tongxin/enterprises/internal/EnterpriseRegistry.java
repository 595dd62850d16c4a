package org.tongxin.enterprises.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitScope;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Enterprises on behalf of an actor: privileges declared for method security, the data scope by
 * the enterprise's unit (out of scope is a 404, like an unknown id), one enterprise per credit
 * code, a stale version answered 409, every change audited in the same transaction.
 */
@Service
public class EnterpriseRegistry {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	private final EnterpriseStore store;

	private final EnterpriseAccess access;

	private final Units units;

	private final MemberLookup people;

	private final AuditLog auditLog;

	private final EnterpriseContacts contacts;

	EnterpriseRegistry(EnterpriseStore store, EnterpriseAccess access, Units units, MemberLookup people,
			AuditLog auditLog, EnterpriseContacts contacts) {
		this.contacts = contacts;
		this.store = store;
		this.access = access;
		this.units = units;
		this.people = people;
		this.auditLog = auditLog;
	}

	/** The list filter as typed: text on name or code, a unit (code or name; its subtree), park text, status. */
	public record ListFilter(String q, String unit, String park, String status) {
	}

	@Requires(Privilege.ENTERPRISE_VIEW)
	@Transactional(readOnly = true)
	public Page<Views.Row> page(Actor actor, ListFilter filter, int page, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new Rejection("size", "enterprise.filter.size", MAX_PAGE_SIZE);
		}
		EnterpriseStore.Filter resolved = resolve(actor, filter);
		UnitScope scope = access.scope(actor);
		int p = Math.max(page, 0);
		long total = store.count(scope, resolved);
		if (total == 0 || (long) p * size >= total) {
			return new PageImpl<>(List.of(), PageRequest.of(p, size), total);
		}
		List<EnterpriseStore.Line> lines = store.page(scope, resolved, access.today(), p, size);
		Map<Long, UnitSummary> unitsById = unitsOf(lines.stream().map(l -> l.enterprise().unitId()).toList());
		List<Views.Row> rows = lines.stream().map(l -> {
			EnterpriseStore.Stored e = l.enterprise();
			UnitSummary unit = unitsById.get(e.unitId());
			return new Views.Row(e.id(), e.name(), e.creditCode(), unit == null ? null : unit.name(), e.park(), e.industry(),
					e.status(), l.openMeasures(), l.overdueMeasures());
		}).toList();
		return new PageImpl<>(rows, PageRequest.of(p, size), total);
	}

	@Requires(Privilege.ENTERPRISE_VIEW)
	@Transactional(readOnly = true)
	public Views.Enterprise detail(Actor actor, long id) {
		return view(access.enterprise(actor, id));
	}

	/** The enterprise and its contacts, as the detail page shows them (the enterprise read once). */
	public record Detail(Views.Enterprise enterprise, List<Views.Contact> contacts) {
	}

	/** Not read-only: an unmasked view of the contacts' phones writes its audit record here. */
	@Requires(Privilege.ENTERPRISE_VIEW)
	@Transactional
	public Detail detailWithContacts(Actor actor, long id) {
		EnterpriseStore.Stored enterprise = access.enterprise(actor, id);
		return new Detail(view(enterprise), contacts.shown(actor, id));
	}

	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public Views.Enterprise create(Actor actor, Drafts.EnterpriseDraft draft) {
		Values.Enterprise values = check(actor, draft, null);
		long id = store.insert(values, access.now());
		auditLog.append(EnterpriseAudit.described(AuditRecord.of("ENTERPRISE_CREATED").target("enterprise", id), values));
		return view(store.find(id).orElseThrow());
	}

	/** A change of the whole enterprise; absent fields keep their values, a stale version answers 409. */
	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public Views.Enterprise edit(Actor actor, long id, Drafts.EnterpriseDraft draft) {
		EnterpriseStore.Stored before = access.enterprise(actor, id);
		if (draft.version() == null) {
			throw new Rejection("version", "enterprise.version.required");
		}
		if (draft.version() != before.version()) {
			throw new ObjectOptimisticLockingFailureException("enterprises_enterprise", id);
		}
		Values.Enterprise values = check(actor, draft.over(draftOf(before)), before);
		if (!store.update(id, before.version(), values, access.now())) {
			throw new ObjectOptimisticLockingFailureException("enterprises_enterprise", id);
		}
		auditLog.append(EnterpriseAudit.described(AuditRecord.of("ENTERPRISE_CHANGED").target("enterprise", id), values)
			.detail("fields", String.join(",", EnterpriseAudit.changed(before, values))));
		return view(store.find(id).orElseThrow());
	}

	/** The unit and operator of a stored enterprise as a draft, for absent fields keeping their values. */
	Drafts.EnterpriseDraft draftOf(EnterpriseStore.Stored e) {
		String unitCode = units.find(e.unitId()).map(UnitSummary::code).orElse(null);
		return new Drafts.EnterpriseDraft(e.name(), e.creditCode(), unitCode, e.park(), e.industry(), e.address(),
				e.operatorPersonId() == null ? null : e.operatorPersonId().toString(), e.status().name(), e.version());
	}

	/**
	 * The rules, then the one-code-one-enterprise check. An unchanged operator or unit is accepted
	 * as it is, so that an edit by someone who cannot see the operator does not lose it.
	 */
	private Values.Enterprise check(Actor actor, Drafts.EnterpriseDraft draft, EnterpriseStore.Stored before) {
		Values.Enterprise values = EnterpriseRules.enterprise(draft,
				typed -> unchangedUnit(before, typed).or(() -> access.unit(actor, "unitCode", "enterprise.unit", typed)),
				personId -> (before != null && Objects.equals(before.operatorPersonId(), personId))
						|| operatorVisible(actor, personId));
		store.idByCreditCode(values.creditCode().value()).filter(other -> before == null || other != before.id())
			.ifPresent(other -> {
				throw new Rejection("creditCode", "enterprise.creditCode.taken", values.creditCode().value());
			});
		return values;
	}

	/** The enterprise's own unit when the form kept it (by code or as the field shows it), even if deactivated. */
	private Optional<UnitSummary> unchangedUnit(EnterpriseStore.Stored before, String typed) {
		return before == null ? Optional.empty()
				: units.find(before.unitId()).filter(u -> u.code().equals(typed) || UnitPicker.label(u).equals(typed));
	}

	private boolean operatorVisible(Actor actor, long personId) {
		try {
			people.visible(actor, personId);
			return true;
		}
		catch (NotFoundException outOfScope) {
			return false;
		}
	}

	private Views.Enterprise view(EnterpriseStore.Stored e) {
		UnitSummary unit = units.find(e.unitId()).orElse(null);
		String operator = e.operatorPersonId() == null ? null
				: people.findAll(List.of(e.operatorPersonId())).values().stream().findFirst()
					.map(PersonRef::name).orElse(null);
		return new Views.Enterprise(e.id(), e.name(), e.creditCode(), e.unitId(), unit == null ? null : unit.code(),
				unit == null ? null : unit.name(), e.park(), e.industry(), e.address(), e.operatorPersonId(), operator,
				e.status(), e.version(), e.createdAt(), e.updatedAt());
	}

	private EnterpriseStore.Filter resolve(Actor actor, ListFilter filter) {
		String unitPath = null;
		String unitText = org.tongxin.shared.web.FieldProblems.text(filter.unit());
		if (unitText != null) {
			unitPath = access.unit(actor, "unit", "filter.unit", unitText).map(UnitSummary::path).orElse(null);
		}
		EnterpriseStatus status = null;
		String statusText = org.tongxin.shared.web.FieldProblems.text(filter.status());
		if (statusText != null) {
			try {
				status = EnterpriseStatus.valueOf(statusText);
			}
			catch (IllegalArgumentException ex) {
				throw new Rejection("status", "enterprise.status.invalid");
			}
		}
		String q = org.tongxin.shared.web.FieldProblems.text(filter.q());
		String park = org.tongxin.shared.web.FieldProblems.text(filter.park());
		if ((q != null && q.length() > 100) || (park != null && park.length() > 100)) {
			throw new Rejection(q != null && q.length() > 100 ? "q" : "park", "enterprise.field.tooLong", "100");
		}
		return new EnterpriseStore.Filter(q, unitPath, park, status);
	}

	private Map<Long, UnitSummary> unitsOf(List<Long> ids) {
		Map<Long, UnitSummary> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			units.findAll(ids.stream().distinct().toList()).forEach(u -> found.put(u.id(), u));
		}
		return found;
	}

}
