package org.tongxin.members.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberDetail;
import org.tongxin.members.MemberDraft;
import org.tongxin.members.MemberFilter;
import org.tongxin.members.MemberPage;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * The member registry on behalf of an actor: privileges declared for method security, the data
 * scope applied to every read and write (out of scope answers 404), sensitive fields unmasked only
 * for MEMBER_SENSITIVE_VIEW and then audited.
 */
@Service
public class MemberRegistry {

	public static final int MAX_PAGE_SIZE = 100;

	private final MemberWriter writer;

	private final MemberQuery query;

	private final MemberView view;

	private final Units units;

	private final UnitPicker picker;

	private final UnitAccess access;

	private final AuditLog auditLog;

	private final UserDirectory userDirectory;

	private final MemberSearch search;

	private final MemberCategories categories;

	MemberRegistry(MemberWriter writer, MemberQuery query, MemberView view, Units units, UnitPicker picker, UnitAccess access,
			AuditLog auditLog, UserDirectory userDirectory, MemberSearch search, MemberCategories categories) {
		this.categories = categories;
		this.userDirectory = userDirectory;
		this.search = search;
		this.writer = writer;
		this.query = query;
		this.view = view;
		this.units = units;
		this.picker = picker;
		this.access = access;
		this.auditLog = auditLog;
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public MemberPage search(Actor actor, MemberFilter filter, int page, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new Rejection("size", "member.filter.size", MAX_PAGE_SIZE);
		}
		MemberCriteria criteria = search.narrow(actor, MemberCriteria.forActor(actor, filter, picker, access, units, categories,
				writer.today()));
		return query.find(criteria, Math.max(page, 0), size);
	}

	/** The organisations where people in the actor's scope hold a current association or chamber post. */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public List<String> organisations(Actor actor) {
		return query.organisations(MemberScope.of(actor, access), writer.today());
	}

	/**
	 * One person; values of sensitive fields only for MEMBER_SENSITIVE_VIEW, and every such view
	 * is audited (which fields, never the values). Not read-only: the audit record is written here.
	 */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional
	public MemberDetail detail(Actor actor, long id) {
		Person person = writer.visible(actor, id);
		boolean unmasked = actor.can(Privilege.MEMBER_SENSITIVE_VIEW);
		if (unmasked) {
			List<String> fields = MemberView.revealedFields(person);
			if (!fields.isEmpty()) {
				auditLog.append(AuditRecord.of("SENSITIVE_VIEW").target("member", id).detail("fields", String.join(",", fields)));
			}
		}
		String liaison = person.getLiaisonUserId() == null ? null
				: userDirectory.find(person.getLiaisonUserId()).map(UserSummary::displayName).orElse(null);
		return view.detail(person, units.find(person.getUnitId()).orElse(null), liaison, unmasked);
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public long create(Actor actor, MemberDraft draft) {
		return writer.create(actor, draft).getId();
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public long edit(Actor actor, long id, MemberDraft draft) {
		MemberDraft checked = actor.can(Privilege.MEMBER_SENSITIVE_VIEW) ? draft
				: MaskedEdit.guard(draft, writer.visible(actor, id));
		return writer.edit(actor, id, checked).getId();
	}

}
