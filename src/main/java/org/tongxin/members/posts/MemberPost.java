package org.tongxin.members.posts;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One representative post of a person. Holds the person by id, not as an association: the scope
 * check loads the person itself, and a person's posts are read in one query by person id.
 */
@Entity
@Table(name = "members_post")
class MemberPost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	@Enumerated(EnumType.STRING)
	private PostKind kind;

	@Enumerated(EnumType.STRING)
	private PostLevel level;

	private Integer sessionNumber;

	private String organisation;

	private String sector;

	private String position;

	private LocalDate startedOn;

	private LocalDate endedOn;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected MemberPost() {
	}

	MemberPost(long personId, Instant now) {
		this.personId = personId;
		this.createdAt = now;
	}

	void apply(PostValues values, Instant now) {
		this.kind = values.kind();
		this.level = values.level();
		this.sessionNumber = values.sessionNumber();
		this.organisation = values.organisation();
		this.sector = values.sector();
		this.position = values.position();
		this.startedOn = values.startedOn();
		this.endedOn = values.endedOn();
		this.updatedAt = now;
	}

	void end(LocalDate on, Instant now) {
		this.endedOn = on;
		this.updatedAt = now;
	}

	/** The post as a draft, so that a partial change (API PATCH) is checked as a whole. */
	PostDraft toDraft() {
		return new PostDraft(kind.name(), level == null ? "" : level.name(),
				sessionNumber == null ? "" : sessionNumber.toString(), blank(organisation), blank(sector), position,
				startedOn.toString(), endedOn == null ? "" : endedOn.toString(), version);
	}

	PostLine line() {
		return PostLine.of(id, personId, kind.name(), level == null ? null : level.name(), sessionNumber, organisation,
				sector, position, startedOn, endedOn, version);
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

	Long getId() {
		return id;
	}

	long getPersonId() {
		return personId;
	}

	LocalDate getStartedOn() {
		return startedOn;
	}

	LocalDate getEndedOn() {
		return endedOn;
	}

	long getVersion() {
		return version;
	}

}
