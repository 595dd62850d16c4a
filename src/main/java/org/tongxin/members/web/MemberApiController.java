package org.tongxin.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Members", description = "The member registry (统战对象库): people in the caller's data scope, sensitive fields masked without MEMBER_SENSITIVE_VIEW.")
class MemberApiController {

	private final MemberRegistry registry;

	MemberApiController(MemberRegistry registry) {
		this.registry = registry;
	}

	@Operation(summary = "List people in the caller's scope", description = """
			MEMBER_VIEW. Sensitive fields (ID number, phone) masked: an ID number shows its first 4 characters
			only (`5111**************`). Without MEMBER_SENSITIVE_VIEW `birthDate` is null and only `birthYear`
			is given, ages (`ageFrom`, `ageTo`) count whole birth years (this year minus the birth year) and
			`sort=birthDate` orders by birth year, then by registration: with the region known, a birth date
			beside the ID's tail rebuilt the number. Filters:
			- `q`: any run of a name's characters (丁 and 子涵 find 丁子涵), full pinyin or initials from the start
			  (`zhangsan`, `zhang san`, `zs`), words of the work unit; with MEMBER_SENSITIVE_VIEW also the last
			  4–6 characters of the ID number;
			- `unit` (a unit code: its subtree), `category`, `affiliation`, `gender` (MALE, FEMALE), `ageFrom`,
			  `ageTo` (0–150), `education`;
			- who could be nominated: `tag` (a talent tag code), `postKind` (NPC, CPPCC, ANY, NONE: current seat)
			  with `postLevel` (NATIONAL, PROVINCIAL, CITY, COUNTY);
			- coverage gaps: `liaison` (NONE, ASSIGNED);
			- several affiliations: `organisation` (≤ 100): people holding a current association or chamber post
			  (no end, or ending today or later) whose organisation is the given name (exact after trimming) or
			  names the functional unit of the network whose code or name was given (`CH-GUIGU` and `硅谷商会`
			  alike); `award` (≤ 100: an award's title contains it) and `awardLevel` (NATIONAL, PROVINCIAL, CITY,
			  COUNTY, OTHER), see `/api/v1/members/{id}/awards`;
			- `sort` (name, birthDate, updatedAt), `dir` (asc, desc), `page` (from 0), `size` (1–100, default 20).

			Counts are exact up to 10,000: beyond, `totalCapped` is true and `totalElements` is a lower bound
			(exact figures: `GET /api/v1/members/coverage`). A bad filter is 400 naming it; a unit outside the
			scope is 400 naming `unit`.
			""")
	@GetMapping
	PageView<MemberRow> list(@AuthenticationPrincipal Actor actor, @ParameterObject MemberFilterForm filter,
			@RequestParam(defaultValue = "20") int size) {
		return PageView.of(registry.search(actor, filter.toFilter(), filter.getPage(), size));
	}

	@Operation(summary = "One person", description = """
			MEMBER_VIEW. With MEMBER_SENSITIVE_VIEW the ID number, phone, ethnicity, religion and political
			affiliation are shown in full (`unmasked: true`) and the view is audited (SENSITIVE_VIEW, naming the
			fields, never their values); without it they are masked or left out, `birthDate` is null and
			`birthYear` tells the year (the date would let the masked ID number be rebuilt). A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@GetMapping("/{id}")
	MemberView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return MemberView.of(registry.detail(actor, id));
	}

	@Operation(summary = "Register a person", description = """
			MEMBER_MANAGE. Body: `name` (required, ≤ 50), `unitCode` (required, a unit in the caller's scope),
			`idNumber` (18 characters, GB 11643: region, birth date, check character; unique in the registry),
			`gender` (MALE, FEMALE) and `birthDate` (yyyy-MM-dd, not in the future) — both filled from the ID
			number when empty and checked against it when given —, `phone` (a mobile of 11 digits or a landline
			such as 0833-1234567), `ethnicity`, `education`, `workUnit`, `post`, `politicalAffiliation`,
			`religion`, `expertise`, `awards`, `notes`, `categories` (codes such as DEMOCRATIC_PARTY,
			NON_PARTY_INTELLECTUAL, PRIVATE_ECONOMY), `liaisonUserId`: an enabled user who holds MEMBER_VIEW
			and whose home unit lies within the caller's scope (anyone else, unknown ids included, is 400 naming
			`liaisonUserId`; on change, the person's current liaison stays acceptable, and 0 removes it). 201.

			400 problem+json naming every bad field at once (e.g. `idNumber` with the reason, or the ID number
			already registered).
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	MemberView create(@AuthenticationPrincipal Actor actor, @RequestBody MemberDraft request) {
		return MemberView.of(registry.detail(actor, registry.create(actor, request)));
	}

	@Operation(summary = "Change a person", description = """
			MEMBER_MANAGE. Body as register: absent fields stay, empty strings clear; `version` (from GET) is
			required: 409 when the person changed since. Every change is kept in the person's history (source
			API). Without MEMBER_SENSITIVE_VIEW, a `birthDate` for a person whose ID number is registered is 400
			whatever its value (the ID decides it; "does not match" would confirm guesses), and a new `idNumber`
			decides the birth date itself.
			A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@PatchMapping("/{id}")
	MemberView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody MemberDraft request) {
		return MemberView.of(registry.detail(actor, registry.edit(actor, id, request)));
	}

}
