package org.tongxin.members.categories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberCategory;
import org.tongxin.members.categories.CategoryRules.Checked;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.vocabulary.AfterCommit;
import org.tongxin.shared.vocabulary.TermRules;
import org.tongxin.shared.web.FieldProblems;

/**
 * Adding, renaming, reordering, deactivating and reactivating member categories and keeping their
 * synonyms, for holders of {@code MEMBER_CATEGORY_MANAGE}. A code never changes (forms, filters,
 * the API and history hold it); no name or synonym may name two categories, so that an import reads
 * every cell one way. Each change is audited in its transaction and, once committed, makes
 * {@link MemberCategories} read the table again. Deactivating keeps the category on the people who
 * have it; it is no longer offered for new entries.
 */
@Service
@Requires(Privilege.MEMBER_CATEGORY_MANAGE)
public class MemberCategoryAdministration {

	private static final String TARGET = "member_category";

	private final MemberCategoryStore store;

	private final MemberCategories categories;

	private final AuditLog auditLog;

	MemberCategoryAdministration(MemberCategoryStore store, MemberCategories categories, AuditLog auditLog) {
		this.store = store;
		this.categories = categories;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<ManagedCategory> list() {
		return store.all();
	}

	/** The category of a code (any case); 404 for one that is not in the vocabulary, or cannot be a code. */
	@Transactional(readOnly = true)
	public ManagedCategory get(String code) {
		String checked = TermRules.code(code);
		return (checked == null ? java.util.Optional.<ManagedCategory>empty() : store.find(checked))
			.orElseThrow(() -> new NotFoundException("member category", code));
	}

	@Transactional
	public ManagedCategory create(Actor actor, CategoryInput input) {
		Checked checked = CategoryRules.check(input, true);
		String code = checked.term().code();
		Map<String, String> synonyms = checked.synonyms() == null ? Map.of() : checked.synonyms();
		refuseClashes(code, checked.term(), synonyms, true);
		try {
			store.insert(checked.term());
			store.replaceSynonyms(code, synonyms);
		}
		catch (DuplicateKeyException race) {
			throw new Rejection("code", "member.category.code.taken", code);
		}
		ManagedCategory created = get(code);
		auditLog.append(AuditRecord.of("MEMBER_CATEGORY_CREATED").target(TARGET, code).detail("code", code)
			.detail("after", describe(created)));
		AfterCommit.run(categories::reload);
		return created;
	}

	/**
	 * Replaces names, place (when given) and synonyms (when given) of a category at {@code version},
	 * and with {@code active} not null deactivates or reactivates it, all or nothing; a stale version
	 * answers 409 (API) or a form error (page).
	 */
	@Transactional
	public ManagedCategory update(Actor actor, String code, long version, CategoryInput input, Boolean active) {
		ManagedCategory before = get(code);
		Checked checked = CategoryRules.check(input, false);
		Map<String, String> synonyms = checked.synonyms();
		refuseClashes(before.code(), checked.term(), synonyms == null ? Map.of() : synonyms, false);
		store.update(before.code(), version, checked.term());
		if (synonyms != null) {
			try {
				store.replaceSynonyms(before.code(), synonyms);
			}
			catch (DuplicateKeyException race) {
				throw new Rejection("synonyms", "member.category.synonym.taken", String.join("、", synonyms.values()), "");
			}
		}
		ManagedCategory after = get(code);
		if (!describe(before).equals(describe(after))) {
			auditLog.append(AuditRecord.of("MEMBER_CATEGORY_CHANGED").target(TARGET, before.code())
				.detail("code", before.code()).detail("before", describe(before)).detail("after", describe(after)));
		}
		AfterCommit.run(categories::reload);
		return active == null ? after : setActive(actor, before.code(), after.version(), active);
	}

	/** Deactivates (no longer offered for new entries; people keep it) or reactivates a category. */
	@Transactional
	public ManagedCategory setActive(Actor actor, String code, long version, boolean active) {
		ManagedCategory before = get(code);
		if (before.category().active() == active) {
			return before;
		}
		store.setActive(before.code(), version, active);
		auditLog.append(AuditRecord.of(active ? "MEMBER_CATEGORY_REACTIVATED" : "MEMBER_CATEGORY_DEACTIVATED")
			.target(TARGET, before.code()).detail("code", before.code()).detail("people", before.people()));
		AfterCommit.run(categories::reload);
		return get(code);
	}

	/**
	 * Refuses a code, name or synonym that another category already answers to (its code, either
	 * name, or one of its synonyms), naming the field and that category.
	 */
	private void refuseClashes(String code, TermRules.Checked term, Map<String, String> synonyms, boolean added) {
		Map<String, MemberCategory> owners = new HashMap<>();
		Map<String, MemberCategory> byCode = new HashMap<>();
		for (ManagedCategory other : store.all()) {
			byCode.put(other.code(), other.category());
			if (other.code().equals(code)) {
				continue;
			}
			MemberCategory c = other.category();
			owners.put(MemberCategories.key(c.code()), c);
			owners.put(MemberCategories.key(c.nameZh()), c);
			owners.put(MemberCategories.key(c.nameEn()), c);
		}
		store.synonymKeys().forEach((key, owner) -> {
			if (!owner.equals(code) && byCode.containsKey(owner)) {
				owners.put(key, byCode.get(owner));
			}
		});
		FieldProblems problems = new FieldProblems(CategoryRules.PREFIX);
		if (added && byCode.containsKey(code)) {
			problems.add("code", "member.category.code.taken", code);
		}
		else if (added) {
			clash(owners, "code", code, "member.category.code.taken", problems);
		}
		clash(owners, "nameZh", term.nameZh(), "member.category.name.taken", problems);
		clash(owners, "nameEn", term.nameEn(), "member.category.name.taken", problems);
		for (String synonym : synonyms.values()) {
			clash(owners, "synonyms", synonym, "member.category.synonym.taken", problems);
		}
		problems.done();
	}

	private static void clash(Map<String, MemberCategory> owners, String field, String text, String message,
			FieldProblems problems) {
		MemberCategory owner = owners.get(MemberCategories.key(text));
		if (owner != null) {
			problems.add(field, message, text, owner.nameZh() + " / " + owner.nameEn());
		}
	}

	/** A category in one line for the audit: 无党派人士 / Persons without party affiliation, sort 20, synonyms 无党派. */
	private static String describe(ManagedCategory m) {
		MemberCategory c = m.category();
		return c.nameZh() + " / " + c.nameEn() + ", sort " + c.sortOrder() + ", synonyms " + String.join("、", m.synonyms());
	}

}
