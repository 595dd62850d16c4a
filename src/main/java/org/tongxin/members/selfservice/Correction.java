package org.tongxin.members.selfservice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongxin.shared.security.Actor;

/**
 * A member's request to correct fields of their own profile, and the staff's decision on it. The
 * version makes a decision a claim: of two reviewers deciding at once, the second one's write
 * finds the row changed and fails (409), with everything it did rolled back.
 */
@Entity
@Table(name = "members_correction")
class Correction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private long requestedBy;

	private Instant requestedAt;

	private String reason;

	@Enumerated(EnumType.STRING)
	private CorrectionStatus status = CorrectionStatus.PENDING;

	private Long decidedBy;

	private String decidedByName;

	private Instant decidedAt;

	private String decisionNote;

	@ElementCollection
	@CollectionTable(name = "members_correction_field", joinColumns = @JoinColumn(name = "correction_id"))
	private List<CorrectionField> fields = new ArrayList<>();

	@Version
	private long version;

	protected Correction() {
	}

	Correction(long personId, long requestedBy, Instant requestedAt, String reason, List<CorrectionField> fields) {
		this.personId = personId;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.reason = reason;
		this.fields.addAll(fields);
	}

	boolean isPending() {
		return status == CorrectionStatus.PENDING;
	}

	/** The decision of a reviewer; only a pending correction is decided (callers check first). */
	void decide(CorrectionStatus decision, Actor reviewer, Instant now, String note) {
		this.status = decision;
		this.decidedBy = reviewer.userId();
		this.decidedByName = reviewer.displayName();
		this.decidedAt = now;
		this.decisionNote = note;
	}

	void withdraw(Instant now) {
		this.status = CorrectionStatus.WITHDRAWN;
		this.decidedAt = now;
	}

	Long getId() {
		return id;
	}

	long getPersonId() {
		return personId;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}

	String getReason() {
		return reason;
	}

	CorrectionStatus getStatus() {
		return status;
	}

	String getDecidedByName() {
		return decidedByName;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	String getDecisionNote() {
		return decisionNote;
	}

	List<CorrectionField> getFields() {
		return List.copyOf(fields);
	}

	long getVersion() {
		return version;
	}

}
