package org.tongxin.demands.sla;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.sla.CategoryRules.Checked;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Adding, changing, deactivating and reactivating demand categories, for holders of
 * {@code DEMAND_CATEGORY_MANAGE}. Each change is audited in its transaction and, once committed,
 * makes {@link Categories} read the table again. A change applies to deadlines set from then on:
 * the dates of open cases were computed when their step began and stay as they are.
 */
@Service
@Requires(Privilege.DEMAND_CATEGORY_MANAGE)
public class CategoryAdministration {

	private final CategoryStore store;

	private final Categories categories;

	private final AuditLog auditLog;

	CategoryAdministration(CategoryStore store, Categories categories, AuditLog auditLog) {
		this.store = store;
		this.categories = categories;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<ManagedCategory> list() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public ManagedCategory get(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("demand category", id));
	}

	@Transactional
	public ManagedCategory create(Actor actor, CategoryInput input) {
		Checked checked = CategoryRules.check(input, true);
		if (store.codeTaken(checked.code())) {
			throw new Rejection("code", "demand.category.code.taken", checked.code());
		}
		long id;
		try {
			id = store.insert(checked);
		}
		catch (DuplicateKeyException race) {
			throw new Rejection("code", "demand.category.code.taken", checked.code());
		}
		ManagedCategory created = get(id);
		auditLog.append(AuditRecord.of("DEMAND_CATEGORY_CREATED").target("demands_category", id)
			.detail("code", checked.code()).detail("limits", limits(created.category())));
		reloadAfterCommit();
		return created;
	}

	/**
	 * Replaces names, time limits, amount flag and (when given) place of a category at
	 * {@code version}, and with {@code active} not null deactivates or reactivates it, all or
	 * nothing; a stale version answers 409 (API) or a form error (page).
	 */
	@Transactional
	public ManagedCategory update(Actor actor, long id, long version, CategoryInput input, Boolean active) {
		ManagedCategory before = get(id);
		Checked checked = CategoryRules.check(input, false);
		store.update(id, version, checked);
		ManagedCategory after = get(id);
		auditLog.append(AuditRecord.of("DEMAND_CATEGORY_CHANGED").target("demands_category", id)
			.detail("code", before.category().code())
			.detail("before", describe(before)).detail("after", describe(after)));
		reloadAfterCommit();
		return active == null ? after : setActive(actor, id, after.version(), active);
	}

	/** Deactivates (no longer offered for new demands; old cases keep it) or reactivates a category. */
	@Transactional
	public ManagedCategory setActive(Actor actor, long id, long version, boolean active) {
		ManagedCategory before = get(id);
		if (before.category().active() == active) {
			return before;
		}
		store.setActive(id, version, active);
		auditLog.append(AuditRecord.of(active ? "DEMAND_CATEGORY_REACTIVATED" : "DEMAND_CATEGORY_DEACTIVATED")
			.target("demands_category", id).detail("code", before.category().code()));
		reloadAfterCommit();
		return get(id);
	}

	private static String describe(ManagedCategory m) {
		DemandCategory c = m.category();
		return c.nameZh() + " / " + c.nameEn() + " " + limits(c) + " sort " + m.sortOrder();
	}

	/** The time limits in one line for the audit: accept 2, answer 10, reopen 5, warn 2, amount false. */
	private static String limits(DemandCategory c) {
		return "accept " + c.acceptDays() + ", answer " + c.answerDays() + ", reopen " + c.reopenDays() + ", warn "
				+ c.warnDays() + ", amount " + c.withAmount();
	}

	/** Reads again only what is committed: a reload inside the transaction could cache a change later rolled back. */
	private void reloadAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			categories.reload();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				categories.reload();
			}
		});
	}

}
