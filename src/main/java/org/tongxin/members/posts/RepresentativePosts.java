package org.tongxin.members.posts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.internal.ChangeSource;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.internal.Person;
import org.tongxin.members.internal.PersonHistory;
import org.tongxin.members.internal.PersonRepository;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Representative posts (代表人士安排) on behalf of an actor: privileges declared for method
 * security, the registry's data scope applied through the post's person (a post of a person out
 * of scope answers 404, like an unknown id, and before its input is looked at), every change
 * audited on the person in the same transaction, so the person's history shows it.
 */
@Service
public class RepresentativePosts {

	private final MemberPostRepository posts;

	private final PersonRepository people;

	private final PostWriter writer;

	private final SessionPosts sessions;

	private final UnitAccess access;

	private final AuditLog auditLog;

	private final Clock clock;

	private final PersonHistory history;

	private final PostHistoryText historyText;

	RepresentativePosts(MemberPostRepository posts, PersonRepository people, PostWriter writer, SessionPosts sessions,
			UnitAccess access, AuditLog auditLog, Clock clock, PersonHistory history, PostHistoryText historyText) {
		this.history = history;
		this.historyText = historyText;
		this.posts = posts;
		this.people = people;
		this.writer = writer;
		this.sessions = sessions;
		this.access = access;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public PersonPosts of(Actor actor, long personId) {
		Person person = visiblePerson(actor, personId);
		return PersonPosts.of(personId, person.getName(),
				posts.findByPersonIdOrderByStartedOnDescIdDesc(personId).stream().map(MemberPost::line).toList());
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public PostLine post(Actor actor, long postId) {
		return visiblePost(actor, postId).line();
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public PostLine add(Actor actor, long personId, PostDraft draft) {
		visiblePerson(actor, personId);
		PostValues values = PostRules.check(draft);
		PostLine added = writer.add(personId, values).line();
		recorded(actor, personId, null, values);
		return added;
	}

	/** A change of the whole post; absent fields keep their values, and a stale version answers 409. */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public PostLine edit(Actor actor, long postId, PostDraft draft) {
		MemberPost post = visiblePost(actor, postId);
		if (draft.version() == null) {
			throw new Rejection("version", "post.version.required");
		}
		if (draft.version() != post.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(MemberPost.class, postId);
		}
		PostDraft before = post.toDraft();
		PostValues values = PostRules.check(draft.over(before));
		if (values.equals(PostRules.check(before))) {
			return post.line();
		}
		post.apply(values, clock.instant());
		posts.saveAndFlush(post);
		auditLog.append(PostWriter.described(AuditRecord.of("POST_CHANGED").target("member", post.getPersonId())
			.detail("post", postId), values));
		recorded(actor, post.getPersonId(), PostRules.check(before), values);
		return post.line();
	}

	/** Ends one serving post; a post that has already ended is refused rather than silently re-dated. */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public PostLine end(Actor actor, long postId, String endedOn) {
		MemberPost post = visiblePost(actor, postId);
		if (post.getEndedOn() != null) {
			throw new Rejection("endedOn", "post.ended.already", post.getEndedOn().toString());
		}
		LocalDate on = PostRules.end(post.getStartedOn(), endedOn);
		PostValues serving = PostRules.check(post.toDraft());
		post.end(on, clock.instant());
		posts.saveAndFlush(post);
		auditLog.append(AuditRecord.of("POST_ENDED").target("member", post.getPersonId()).detail("post", postId)
			.detail("endedOn", on));
		recorded(actor, post.getPersonId(), serving, PostRules.check(post.toDraft()));
		return post.line();
	}

	/** How many posts {@link #endSession} would end now, for the confirmation. */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional(readOnly = true)
	public int sessionCount(Actor actor, SessionEndRequest request) {
		return sessions.count(PostRules.sessionEnd(request), MemberScope.of(actor, access));
	}

	/**
	 * Ends every open post of the session held by a person in the actor's scope; a second run ends
	 * none. One audit record for the run (a session may end for thousands at once), with the count
	 * and the scope it was limited to.
	 */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public int endSession(Actor actor, SessionEndRequest request) {
		SessionEnd end = PostRules.sessionEnd(request);
		MemberScope scope = MemberScope.of(actor, access);
		List<Long> endedPosts = sessions.end(end, scope, clock.instant());
		int ended = endedPosts.size();
		for (MemberPost post : posts.findAllById(endedPosts)) {
			PostValues after = PostRules.check(post.toDraft());
			recorded(actor, post.getPersonId(), new PostValues(after.kind(), after.level(), after.sessionNumber(),
					after.organisation(), after.sector(), after.position(), after.startedOn(), null), after);
		}
		if (ended > 0) {
			auditLog.append(AuditRecord.of("SESSION_ENDED").target("post_session",
					end.kind() + "/" + end.level() + "/" + end.sessionNumber())
				.detail("endedOn", end.endedOn()).detail("count", ended)
				.detail("scope", actor.scope()).detail("homeUnit", actor.homeUnitId()));
		}
		return ended;
	}

	/** The person's history gets the post as text, before and after (null: none). */
	private void recorded(Actor actor, long personId, PostValues before, PostValues after) {
		history.recorded(actor, personId, PersonHistory.POST, before == null ? null : historyText.of(before),
				after == null ? null : historyText.of(after), ChangeSource.current());
	}

	private Person visiblePerson(Actor actor, long personId) {
		return people.findById(personId)
			.filter(MemberScope.of(actor, access)::admits)
			.orElseThrow(() -> new NotFoundException("member", personId));
	}

	/** The post if its person is in scope; otherwise 404, the same as an unknown id. */
	private MemberPost visiblePost(Actor actor, long postId) {
		MemberPost post = posts.findById(postId).orElseThrow(() -> new NotFoundException("post", postId));
		MemberScope scope = MemberScope.of(actor, access);
		people.findById(post.getPersonId()).filter(scope::admits).orElseThrow(() -> new NotFoundException("post", postId));
		return post;
	}

}
