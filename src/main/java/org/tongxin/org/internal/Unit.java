package org.tongxin.org.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;

/**
 * A node of the work network. Ids are assigned by the caller (reserved from the sequence) because
 * the path contains the unit's own id. Path and depth change only through the one subtree UPDATE
 * in {@link SubtreeStatements}; dynamic updates keep a rename from writing back a stale path.
 */
@Entity
@Table(name = "org_unit")
@DynamicUpdate
class Unit {

	@Id
	private Long id;

	@Column(nullable = false, length = 32)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private UnitKind kind;

	private Long parentId;

	@Column(nullable = false, length = 2000)
	private String path;

	private int depth;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	// null until persisted: tells Spring Data that an entity with an assigned id is new
	@Version
	private Long version;

	protected Unit() {
	}

	private Unit(long id, String code, String name, UnitKind kind, Long parentId, String path, int depth) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.path = path;
		this.depth = depth;
		this.active = true;
		this.createdAt = Instant.now();
		this.updatedAt = createdAt;
	}

	static Unit root(long id, String code, String name, UnitKind kind) {
		return new Unit(id, code, name, kind, null, UnitPaths.rootPath(id), 0);
	}

	static Unit childOf(UnitSummary parent, long id, String code, String name, UnitKind kind) {
		return new Unit(id, code, name, kind, parent.id(), UnitPaths.childPath(parent.path(), id), parent.depth() + 1);
	}

	void rename(String newName) {
		this.name = newName;
		touch();
	}

	void deactivate() {
		this.active = false;
		touch();
	}

	void reactivate() {
		this.active = true;
		touch();
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getVersion() {
		return version;
	}

	String getName() {
		return name;
	}

	UnitSummary summary() {
		return new UnitSummary(id, code, name, kind, parentId, path, depth, active);
	}

}
