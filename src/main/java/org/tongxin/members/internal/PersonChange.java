package org.tongxin.members.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One field of a person changed: by whom (id and the name they had then), when, through what, and
 * the values before and after. For a sensitive field the values are ciphertext ({@code sealed});
 * only {@link PersonHistory#reveal} turns them back into text. Never changed once written.
 */
@Entity
@Table(name = "members_person_change")
public class PersonChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private Instant changedAt;

	private long actorUserId;

	private String actorName;

	@Enumerated(EnumType.STRING)
	private ChangeSource source;

	private String field;

	private String oldValue;

	private String newValue;

	private boolean sealed;

	protected PersonChange() {
	}

	PersonChange(long personId, Instant changedAt, long actorUserId, String actorName, ChangeSource source, String field,
			String oldValue, String newValue, boolean sealed) {
		this.personId = personId;
		this.changedAt = changedAt;
		this.actorUserId = actorUserId;
		this.actorName = actorName;
		this.source = source;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.sealed = sealed;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public long getActorUserId() {
		return actorUserId;
	}

	public String getActorName() {
		return actorName;
	}

	public ChangeSource getSource() {
		return source;
	}

	public String getField() {
		return field;
	}

	/** True for a sensitive field, whose values are ciphertext. */
	public boolean isSealed() {
		return sealed;
	}

	String getOldValue() {
		return oldValue;
	}

	String getNewValue() {
		return newValue;
	}

}
