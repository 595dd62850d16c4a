package org.tongxin.members.posts;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

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
class PostApiController {

	private final RepresentativePosts posts;

	PostApiController(RepresentativePosts posts) {
		this.posts = posts;
	}

	/** What ends one post: the day it ended. */
	record EndRequest(String endedOn) {
	}

	@Operation(summary = "A person's posts, current ones first")
	@GetMapping("/{id}/posts")
	List<PostLine> list(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return posts.of(actor, id).all();
	}

	@Operation(summary = "Add a post: kind (NPC|CPPCC|ASSOCIATION_POST), level (NATIONAL|PROVINCIAL|CITY|COUNTY, "
			+ "required for NPC and CPPCC), sessionNumber, organisation (association posts), sector, position, "
			+ "startedOn, endedOn (empty while serving)")
	@PostMapping("/{id}/posts")
	@ResponseStatus(HttpStatus.CREATED)
	PostLine add(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody PostDraft request) {
		return posts.add(actor, id, request);
	}

	@Operation(summary = "Change a post: absent fields stay, empty strings clear; version is required (409 when stale)")
	@PatchMapping("/posts/{postId}")
	PostLine edit(@AuthenticationPrincipal Actor actor, @PathVariable long postId, @RequestBody PostDraft request) {
		return posts.edit(actor, postId, request);
	}

	@Operation(summary = "End a serving post on endedOn (not before it started)")
	@PostMapping("/posts/{postId}/end")
	PostLine end(@AuthenticationPrincipal Actor actor, @PathVariable long postId, @RequestBody EndRequest request) {
		return posts.end(actor, postId, request.endedOn());
	}

	@Operation(summary = "End a session for everyone in the caller's scope: every open post of kind (NPC|CPPCC), "
			+ "level and sessionNumber ends on endedOn; answers how many ended (0 on a second run)")
	@PostMapping("/posts/session-end")
	Map<String, Integer> endSession(@AuthenticationPrincipal Actor actor, @RequestBody SessionEndRequest request) {
		return Map.of("ended", posts.endSession(actor, request));
	}

}
