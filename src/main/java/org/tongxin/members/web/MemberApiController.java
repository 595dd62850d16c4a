package org.tongxin.members.web;

import io.swagger.v3.oas.annotations.Operation;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.members.MemberDraft;
import org.tongxin.members.MemberRow;
import org.tongxin.members.internal.MemberRegistry;
import org.tongxin.members.web.MemberApiViews.MemberView;
import org.tongxin.members.web.MemberApiViews.PageView;
import org.tongxin.shared.security.Actor;

/** The member registry for other systems and scripts; the same rules as the pages (privilege, scope, masks). */
@RestController
@RequestMapping("/api/v1/members")
class MemberApiController {

	private final MemberRegistry registry;

	MemberApiController(MemberRegistry registry) {
		this.registry = registry;
	}

	@Operation(summary = "List people in the caller's scope, sensitive fields masked: q (name, pinyin or initials), "
			+ "unit (code: its subtree), category, affiliation, gender (MALE|FEMALE), ageFrom, ageTo, "
			+ "sort (name|birthDate|updatedAt), dir (asc|desc); who could be nominated: tag (talent tag code), "
			+ "postKind (NPC|CPPCC|ANY|NONE: current seat) with postLevel (NATIONAL|PROVINCIAL|CITY|COUNTY), education; coverage gaps: liaison (NONE|ASSIGNED); "
			+ "page (from 0), size (1-100)")
	@GetMapping
	PageView<MemberRow> list(@AuthenticationPrincipal Actor actor, @ParameterObject MemberFilterForm filter,
			@RequestParam(defaultValue = "20") int size) {
		return PageView.of(registry.search(actor, filter.toFilter(), filter.getPage(), size));
	}

	@Operation(summary = "One person; sensitive fields unmasked (and the view audited) only with MEMBER_SENSITIVE_VIEW")
	@GetMapping("/{id}")
	MemberView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return MemberView.of(registry.detail(actor, id));
	}

	@Operation(summary = "Register a person; an ID number fills an empty birth date and gender")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	MemberView create(@AuthenticationPrincipal Actor actor, @RequestBody MemberDraft request) {
		return MemberView.of(registry.detail(actor, registry.create(actor, request)));
	}

	@Operation(summary = "Change a person: absent fields stay, empty strings clear; version is required (409 when stale)")
	@PatchMapping("/{id}")
	MemberView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody MemberDraft request) {
		return MemberView.of(registry.detail(actor, registry.edit(actor, id, request)));
	}

}
