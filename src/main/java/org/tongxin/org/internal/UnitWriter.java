package org.tongxin.org.internal;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditRecord;
import org.tongxin.org.UnitCreated;
import org.tongxin.org.UnitDeactivated;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitMoved;
import org.tongxin.org.UnitReactivated;
import org.tongxin.org.UnitRenamed;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * Changes to single units, once privilege and scope are settled ({@link org.tongxin.org.UnitManagement}
 * checks them; start-up code calls here directly). {@code by} is null for the platform itself.
 * {@code expectedVersion}, when given, is the version the user saw: a different one is a conflict.
 */
@Component
@Transactional
public class UnitWriter {

	private final UnitRepository repository;

	private final UnitDirectory directory;

	private final SubtreeStatements subtree;

	private final UnitChanges changes;

	private final EntityManager entityManager;

	UnitWriter(UnitRepository repository, UnitDirectory directory, SubtreeStatements subtree, UnitChanges changes,
			EntityManager entityManager) {
		this.repository = repository;
		this.directory = directory;
		this.subtree = subtree;
		this.changes = changes;
		this.entityManager = entityManager;
	}

	public UnitSummary createRoot(String code, String name, UnitKind kind) {
		Unit root = Unit.root(subtree.reserveIds(1).get(0), code, name, kind);
		return created(null, root);
	}

	public UnitSummary create(Actor by, long parentId, UnitKind kind, String name, String code) {
		UnitSummary parent = directory.find(parentId).orElseThrow(() -> new NotFoundException("unit", parentId));
		throwIf(UnitRules.creating(parent, kind, name, code));
		boolean generated = code == null || code.isBlank();
		if (!generated && repository.existsByCode(code.strip())) {
			throw new Rejection("code", "unit.code.taken", code.strip());
		}
		long id = subtree.reserveIds(1).get(0);
		String finalCode = generated ? "F" + id : code.strip();
		return created(by, Unit.childOf(parent, id, finalCode, name.strip(), kind));
	}

	public UnitSummary rename(Actor by, long id, String name, Long expectedVersion) {
		throwIf(UnitRules.naming(name));
		Unit unit = load(id, expectedVersion);
		String old = unit.getName();
		if (old.equals(name.strip())) {
			return unit.summary();
		}
		unit.rename(name.strip());
		repository.saveAndFlush(unit);
		changes.record(by, AuditRecord.of("UNIT_RENAMED").target("unit", id).detail("from", old).detail("to", name.strip()),
				new UnitRenamed(id, old, name.strip()));
		return unit.summary();
	}

	public UnitSummary move(Actor by, long id, long newParentId, Long expectedVersion) {
		subtree.lockTree();
		UnitSummary unit = load(id, expectedVersion).summary();
		UnitSummary parent = directory.find(newParentId)
			.orElseThrow(() -> new Rejection("parentId", "unit.parent.notFound", newParentId));
		throwIf(UnitRules.moving(unit, parent, directory.deploymentRoot().id()));
		entityManager.flush();
		String newPath = subtree.move(id, newParentId);
		// the subtree changed behind the persistence context's back
		entityManager.clear();
		changes.record(by,
				AuditRecord.of("UNIT_MOVED").target("unit", id).detail("fromParent", unit.parentId()).detail("toParent", newParentId),
				new UnitMoved(id, unit.parentId(), newParentId, unit.path(), newPath));
		return directory.find(id).orElseThrow();
	}

	public UnitSummary deactivate(Actor by, long id, Long expectedVersion) {
		Unit unit = load(id, expectedVersion);
		long activeChildren = repository.countByParentIdAndActiveTrue(id);
		throwIf(UnitRules.deactivating(unit.summary(), activeChildren, directory.deploymentRoot().id()));
		unit.deactivate();
		repository.saveAndFlush(unit);
		changes.record(by, AuditRecord.of("UNIT_DEACTIVATED").target("unit", id), new UnitDeactivated(id));
		return unit.summary();
	}

	public UnitSummary reactivate(Actor by, long id, Long expectedVersion) {
		Unit unit = load(id, expectedVersion);
		UnitSummary current = unit.summary();
		UnitSummary parent = current.parentId() == null ? null : directory.find(current.parentId()).orElse(null);
		throwIf(UnitRules.reactivating(current, parent));
		unit.reactivate();
		repository.saveAndFlush(unit);
		changes.record(by, AuditRecord.of("UNIT_REACTIVATED").target("unit", id), new UnitReactivated(id));
		return unit.summary();
	}

	private UnitSummary created(Actor by, Unit unit) {
		UnitSummary summary = repository.saveAndFlush(unit).summary();
		changes.record(by,
				AuditRecord.of("UNIT_CREATED").target("unit", summary.id()).detail("code", summary.code())
					.detail("name", summary.name()).detail("kind", summary.kind()).detail("parent", summary.parentId()),
				new UnitCreated(summary.id(), summary.code(), summary.name(), summary.kind(), summary.parentId()));
		return summary;
	}

	private Unit load(long id, Long expectedVersion) {
		Unit unit = repository.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
		if (expectedVersion != null && !expectedVersion.equals(unit.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Unit.class, id);
		}
		return unit;
	}

	private static void throwIf(Optional<Rejection> rejection) {
		rejection.ifPresent(r -> {
			throw r;
		});
	}

}
