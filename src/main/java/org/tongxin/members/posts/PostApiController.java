package org.tongxin.members.posts;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;

/** Representative posts for other systems and scripts; the same rules as the pages (privilege, scope, audit). */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Member posts", description = "Representative posts (代表人士安排): NPC and CPPCC seats by level and session, association posts.")
class PostApiController {

	private final RepresentativePosts posts;

	PostApiController(RepresentativePosts posts) {
		this.posts = posts;
	}

	/** What ends one post: the day it ended. */
	record EndRequest(String endedOn) {
	}

	@Operation(summary = "A person's posts, current ones first", description = """
			MEMBER_VIEW. A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@GetMapping("/{id}/posts")
	List<PostLine> list(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return posts.of(actor, id).all();
	}

	@Operation(summary = "Add a post", description = """
			MEMBER_MANAGE. Body: `kind` (NPC, CPPCC, ASSOCIATION_POST); for NPC and CPPCC `level` (NATIONAL,
			PROVINCIAL, CITY, COUNTY) and `sessionNumber` (1–99) are required; for an association post
			`organisation` is required and level and session are left out; `sector`, `position` (required),
			`startedOn`, `endedOn` (empty while serving; not before `startedOn`). 201. 400 naming each bad field.
			""")
	@PostMapping("/{id}/posts")
	@ResponseStatus(HttpStatus.CREATED)
	PostLine add(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody PostDraft request) {
		return posts.add(actor, id, request);
	}

	@Operation(summary = "Change a post", description = """
			MEMBER_MANAGE. Absent fields stay, empty strings clear; `version` is required (409 when stale). The
			rules of add apply to the result.
			""")
	@PatchMapping("/posts/{postId}")
	PostLine edit(@AuthenticationPrincipal Actor actor, @PathVariable long postId, @RequestBody PostDraft request) {
		return posts.edit(actor, postId, request);
	}

	@Operation(summary = "End a serving post", description = """
			MEMBER_MANAGE. Body: `endedOn` (yyyy-MM-dd, not before the post started). 400 naming `endedOn` when
			the post has already ended.
			""")
	@PostMapping("/posts/{postId}/end")
	PostLine end(@AuthenticationPrincipal Actor actor, @PathVariable long postId, @RequestBody EndRequest request) {
		return posts.end(actor, postId, request.endedOn());
	}

	@Operation(summary = "End a session for everyone in the caller's scope", description = """
			MEMBER_MANAGE. Body: `kind` (NPC or CPPCC; association posts have no session), `level`,
			`sessionNumber`, `endedOn`. Every serving post of that session held by a person in the caller's scope
			ends on that day. Answers `{"ended": n}`; a second run ends nothing (0).
			""")
	@PostMapping("/posts/session-end")
	Map<String, Integer> endSession(@AuthenticationPrincipal Actor actor, @RequestBody SessionEndRequest request) {
		return Map.of("ended", posts.endSession(actor, request));
	}

}
