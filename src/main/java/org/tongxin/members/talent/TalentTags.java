package org.tongxin.members.talent;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.talent.TalentViews.PersonTag;
import org.tongxin.members.talent.TalentViews.Tag;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Talent tags on behalf of an actor: the vocabulary (read by everyone with MEMBER_VIEW, kept by
 * the department), and tags on people within the actor's scope, each given or taken away with an
 * audit record on the person (MEMBER_TAGGED, MEMBER_UNTAGGED) in the same transaction.
 */
@Service
public class TalentTags {

	private final TagStore tags;

	private final TalentAccess access;

	private final AuditLog auditLog;

	TalentTags(TagStore tags, TalentAccess access, AuditLog auditLog) {
		this.tags = tags;
		this.access = access;
		this.auditLog = auditLog;
	}

	/** The vocabulary with how many people in the actor's scope hold each tag. */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public List<Tag> vocabulary(Actor actor) {
		return tags.vocabulary(access.scope(actor));
	}

	/** The tags that can be given (for the list's filter and the forms). */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public List<Tag> active() {
		return tags.active();
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Tag add(Actor actor, Drafts.TagDraft draft) {
		access.requireDepartment(actor);
		Values.Tag tag = TalentRules.tag(draft);
		if (tags.find(tag.code()).isPresent()) {
			throw new Rejection("code", "talent.tag.code.taken", tag.code());
		}
		if (tags.nameTaken(tag.nameZh())) {
			throw new Rejection("nameZh", "talent.tag.name.taken", tag.nameZh());
		}
		tags.insert(tag);
		auditLog.append(AuditRecord.of("TALENT_TAG_ADDED").target("talent_tag", tag.code()).detail("nameZh", tag.nameZh()));
		return tags.find(tag.code()).orElseThrow();
	}

	/** Deactivates (no longer given; held tags stay) or reactivates a tag; who may is checked before the input. */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Tag setActive(Actor actor, String code, Boolean active) {
		access.requireDepartment(actor);
		if (active == null) {
			throw new Rejection("active", "talent.field.required");
		}
		Tag tag = known(code);
		if (tags.setActive(tag.code(), active) > 0) {
			auditLog.append(AuditRecord.of(active ? "TALENT_TAG_ACTIVATED" : "TALENT_TAG_DEACTIVATED")
				.target("talent_tag", tag.code()));
		}
		return tags.find(tag.code()).orElseThrow();
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public List<PersonTag> of(Actor actor, long personId) {
		access.person(actor, personId);
		return tags.held(personId);
	}

	/**
	 * Gives a person a tag (an active one); giving it again only changes the note. The person is
	 * checked before the tag, so an out-of-scope person is a 404 whatever the code.
	 */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public PersonTag assign(Actor actor, long personId, String code, String note) {
		access.person(actor, personId);
		Tag tag = known(code);
		String checkedNote = TalentRules.note(note);
		boolean held = tags.held(personId).stream().anyMatch(t -> t.code().equals(tag.code()));
		if (!tag.active() && !held) {
			throw new Rejection("code", "talent.tag.inactive", tag.nameZh());
		}
		boolean added = tags.assign(personId, tag.code(), actor.userId(), actor.displayName(), checkedNote, access.now());
		auditLog.append(AuditRecord.of("MEMBER_TAGGED").target("member", personId).detail("tag", tag.code())
			.detail("note", checkedNote).detail("added", added));
		return tags.held(personId).stream().filter(t -> t.code().equals(tag.code())).findFirst().orElseThrow();
	}

	/** Takes a tag away; a tag the person does not hold is a 404. */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public void remove(Actor actor, long personId, String code) {
		access.person(actor, personId);
		String checked = TalentRules.tagCode("code", code);
		if (!tags.remove(personId, checked)) {
			throw new NotFoundException("member_tag", checked);
		}
		auditLog.append(AuditRecord.of("MEMBER_UNTAGGED").target("member", personId).detail("tag", checked));
	}

	private Tag known(String code) {
		String checked = TalentRules.tagCode("code", code);
		return tags.find(checked).orElseThrow(() -> new Rejection("code", "talent.tag.unknown", checked));
	}

}
