package org.tongxin.members.selfservice;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's login: the person and their account (one each way, by unique keys). */
@Entity
@Table(name = "members_person_account")
class AccountLink {

	@Id
	private Long personId;

	private long userId;

	private Instant openedAt;

	private long openedBy;

	protected AccountLink() {
	}

	AccountLink(long personId, long userId, Instant openedAt, long openedBy) {
		this.personId = personId;
		this.userId = userId;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
	}

	long personId() {
		return personId;
	}

	long userId() {
		return userId;
	}

	Instant openedAt() {
		return openedAt;
	}

}
