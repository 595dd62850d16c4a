package org.tongxin.members.categories;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberCategory;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Member categories for other systems: holders of MEMBER_VIEW read the vocabulary (the codes a
 * person's {@code categories} and the list's {@code category} filter take); adding and changing
 * need {@code MEMBER_CATEGORY_MANAGE} (checked by {@link MemberCategoryAdministration}).
 */
@RestController
@RequestMapping("/api/v1/members/categories")
@Tag(name = "Member categories", description = "The kinds of united front member (统战工作对象), kept by the department (MEMBER_CATEGORY_MANAGE to change).")
class MemberCategoryApiController {

	private final MemberCategories categories;

	private final MemberCategoryAdministration administration;

	MemberCategoryApiController(MemberCategories categories, MemberCategoryAdministration administration) {
		this.categories = categories;
		this.administration = administration;
	}

	/** A category of the vocabulary; {@code name} in the caller's language. */
	record CategoryView(String code, String name, String nameZh, String nameEn, int sortOrder, boolean active) {

		static CategoryView of(MemberCategory c, Locale locale) {
			return new CategoryView(c.code(), c.name(locale), c.nameZh(), c.nameEn(), c.sortOrder(), c.active());
		}

	}

	/** A category as its administrators see it, with its synonyms, its people and its version for the next change. */
	record ManagedView(String code, String nameZh, String nameEn, int sortOrder, boolean active, List<String> synonyms,
			long people, long version) {

		static ManagedView of(ManagedCategory m) {
			MemberCategory c = m.category();
			return new ManagedView(c.code(), c.nameZh(), c.nameEn(), c.sortOrder(), c.active(), m.synonyms(), m.people(),
					m.version());
		}

	}

	/** To add (code required; active ignored) or change (version required; code ignored; null: unchanged) a category. */
	record CategoryRequest(String code, String nameZh, String nameEn, Integer sortOrder, List<String> synonyms,
			Boolean active, Long version) {

		CategoryInput input() {
			return new CategoryInput(code, nameZh, nameEn, sortOrder == null ? null : sortOrder.toString(), synonyms);
		}

	}

	@Operation(summary = "The member categories", description = """
			MEMBER_VIEW. Every category in display order, inactive ones included (`active` false: people keep it,
			new entries cannot choose it). `code` is what a person's `categories`, the list's `category` filter and
			the export's filter take; `name` is in the request's language.
			""")
	@GetMapping
	@Requires(Privilege.MEMBER_VIEW)
	List<CategoryView> all(Locale locale) {
		return categories.all().stream().map(c -> CategoryView.of(c, locale)).toList();
	}

	@Operation(summary = "One category with its synonyms and version", description = """
			MEMBER_CATEGORY_MANAGE. Inactive ones included; `people`: how many people have it in the whole
			deployment; `synonyms`: other names an import reads as this category. 404 for an unknown code.
			""")
	@GetMapping("/{code}")
	ManagedView one(@PathVariable String code) {
		return ManagedView.of(administration.get(code));
	}

	@Operation(summary = "Add a category", description = """
			MEMBER_CATEGORY_MANAGE. Body: `code` (2–40 upper-case letters, digits or `_`, starting with a letter;
			never changes), `nameZh` (≤ 50), `nameEn` (≤ 100), `sortOrder` (0–9999; absent: last), `synonyms`
			(other names in sheets, each ≤ 50, at most 30). Example: `{"code":"NEW_RURAL_SAGE","nameZh":"新乡贤",
			"nameEn":"New rural sages","synonyms":["乡贤"]}`. 201, active. Audited. 400 naming every bad field; a
			code, name or synonym another category already answers to is 400 naming its field.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ManagedView create(@AuthenticationPrincipal Actor actor, @RequestBody CategoryRequest request) {
		return ManagedView.of(administration.create(actor, request.input()));
	}

	@Operation(summary = "Rename, reorder or deactivate a category", description = """
			MEMBER_CATEGORY_MANAGE. Body as create without `code`, plus `version` (required; 409 when stale),
			`synonyms` (absent: unchanged; `[]`: none) and `active` (false: deactivate — people keep it, new
			entries and imports can no longer choose it; true: reactivate; absent: unchanged). Audited.
			""")
	@PutMapping("/{code}")
	ManagedView update(@AuthenticationPrincipal Actor actor, @PathVariable String code,
			@RequestBody CategoryRequest request) {
		if (request.version() == null) {
			throw new Rejection("version", "member.category.version.required");
		}
		return ManagedView.of(administration.update(actor, code, request.version(), request.input(), request.active()));
	}

}
