package org.tongxin.members.talent;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.members.talent.TalentViews.PersonTag;
import org.tongxin.members.talent.TalentViews.Tag;
import org.tongxin.shared.security.Actor;

/** Talent tags for other systems and scripts; the same rules as the pages (privilege, scope, audit). */
@RestController
@RequestMapping("/api/v1/members")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Talent tags", description = "Talent tags (人才标签): the vocabulary and who holds which tag.")
class TagApiController {

	private final TalentTags tags;

	TagApiController(TalentTags tags) {
		this.tags = tags;
	}

	/** Whether a tag can still be given. */
	record ActiveRequest(Boolean active) {
	}

	@Operation(summary = "The talent tag vocabulary", description = """
			MEMBER_VIEW. Each tag with how many people in the caller's scope hold it.
			""")
	@GetMapping("/talent/tags")
	List<Tag> vocabulary(@AuthenticationPrincipal Actor actor) {
		return tags.vocabulary(actor);
	}

	@Operation(summary = "Add a tag to the vocabulary", description = """
			MEMBER_MANAGE with data scope ALL (department staff). Body: `code` (2–40 upper-case letters, digits
			or `_`, starting with a letter), `nameZh`, `nameEn`. 201. 400 when the code or a name is taken.
			""")
	@PostMapping("/talent/tags")
	@ResponseStatus(HttpStatus.CREATED)
	Tag add(@AuthenticationPrincipal Actor actor, @RequestBody Drafts.TagDraft request) {
		return tags.add(actor, request);
	}

	@Operation(summary = "Deactivate or reactivate a tag", description = """
			MEMBER_MANAGE with data scope ALL. Body: `active`. A deactivated tag is no longer given; people keep
			the tags they hold.
			""")
	@PatchMapping("/talent/tags/{code}")
	Tag setActive(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestBody(required = false) ActiveRequest request) {
		return tags.setActive(actor, code, request == null ? null : request.active());
	}

	@Operation(summary = "The tags a person holds", description = """
			MEMBER_VIEW. With who gave each, when, and the note. A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@GetMapping("/{id}/tags")
	List<PersonTag> of(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return tags.of(actor, id);
	}

	@Operation(summary = "Give a person a tag", description = """
			MEMBER_MANAGE. Optional body `note` (≤ 500). Giving it again only changes the note. 400 for an
			unknown or inactive tag. Audited.
			""")
	@PutMapping("/{id}/tags/{code}")
	PersonTag assign(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable String code,
			@RequestBody(required = false) Drafts.TagAssignment request) {
		return tags.assign(actor, id, code, request == null ? null : request.note());
	}

	@Operation(summary = "Take a tag away from a person", description = """
			MEMBER_MANAGE. 204; 404 when they do not hold it. Audited.
			""")
	@DeleteMapping("/{id}/tags/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable String code) {
		tags.remove(actor, id, code);
	}

}
