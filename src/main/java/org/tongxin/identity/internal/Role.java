package org.tongxin.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/** A role: a set of named privileges and how far in the network they reach. */
@Entity
@Table(name = "identity_role")
public class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameZh;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private DataScope scope;

	private boolean builtin;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_role_privilege", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "privilege")
	@Enumerated(EnumType.STRING)
	private Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Role() {
	}

	public Role(String code, String nameZh, String nameEn, DataScope scope, Set<Privilege> privileges, boolean builtin) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.scope = scope;
		this.builtin = builtin;
		this.privileges = privileges.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(privileges);
	}

	public void change(String nameZh, String nameEn, DataScope scope, Set<Privilege> privileges, Instant now) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.scope = scope;
		this.privileges.clear();
		this.privileges.addAll(privileges);
		this.updatedAt = now;
	}

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public DataScope getScope() {
		return scope;
	}

	public boolean isBuiltin() {
		return builtin;
	}

	public Set<Privilege> getPrivileges() {
		return Set.copyOf(privileges);
	}

	public long getVersion() {
		return version;
	}

}
