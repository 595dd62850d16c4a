package org.tongxin.enterprises.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.enterprises.EnterpriseSummary;
import org.tongxin.enterprises.Enterprises;
import org.tongxin.shared.security.Actor;

/** {@link Enterprises} for other modules: the same scope as the enterprise pages, no privilege required. */
@Component
class EnterpriseDirectory implements Enterprises {

	static final int MAX_LIMIT = 50;

	private final EnterpriseStore store;

	private final EnterpriseAccess access;

	EnterpriseDirectory(EnterpriseStore store, EnterpriseAccess access) {
		this.store = store;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public EnterpriseSummary visible(Actor actor, long id) {
		return summary(access.enterprise(actor, id));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, EnterpriseSummary> findAll(Collection<Long> ids) {
		Map<Long, EnterpriseSummary> found = new LinkedHashMap<>();
		store.findAll(ids).forEach(e -> found.put(e.id(), summary(e)));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnterpriseSummary> search(Actor actor, String text, int limit) {
		String trimmed = org.tongxin.shared.web.FieldProblems.text(text);
		return store.search(access.scope(actor), trimmed == null ? null : trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed,
				Math.max(1, Math.min(limit, MAX_LIMIT))).stream().map(EnterpriseDirectory::summary).toList();
	}

	static EnterpriseSummary summary(EnterpriseStore.Stored e) {
		return new EnterpriseSummary(e.id(), e.name(), e.creditCode(), e.unitId(), e.unitPath(), e.park());
	}

}
