package org.tongxin.members.posts;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;

/**
 * Stores a new post with its audit record (callers check privilege and scope). Apart from
 * {@link RepresentativePosts} so that the demo data is written the same way, without an actor.
 */
@Component
public class PostWriter {

	private final MemberPostRepository posts;

	private final AuditLog auditLog;

	private final Clock clock;

	PostWriter(MemberPostRepository posts, AuditLog auditLog, Clock clock) {
		this.posts = posts;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	public MemberPost add(long personId, PostValues values) {
		MemberPost post = new MemberPost(personId, clock.instant());
		post.apply(values, clock.instant());
		posts.saveAndFlush(post);
		auditLog.append(described(AuditRecord.of("POST_ADDED").target("member", personId).detail("post", post.getId()),
				values));
		return post;
	}

	/** What a post is, for its audit records (the person is the target, so their history shows it). */
	static AuditRecord described(AuditRecord record, PostValues v) {
		return record.detail("kind", v.kind()).detail("level", v.level()).detail("session", v.sessionNumber())
			.detail("organisation", v.organisation()).detail("position", v.position())
			.detail("startedOn", v.startedOn()).detail("endedOn", v.endedOn());
	}

}
