package org.tongxin.members.posts;

import java.util.List;

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

/** The sessions with their total seats, for scripts; the same rules as the page. */
@RestController
@RequestMapping("/api/v1/member-sessions")
@Tag(name = "Member sessions", description = "Sessions (届次) of the people's congresses and political consultative conferences with their total seats: with the registry's serving members they give the non-party share.")
class BodySessionApiController {

	private final BodySessions sessions;

	BodySessionApiController(BodySessions sessions) {
		this.sessions = sessions;
	}

	@Operation(summary = "All sessions", description = """
			MEMBER_VIEW. Every recorded session: `kind` (NPC, CPPCC), `level` (NATIONAL, PROVINCIAL, CITY, COUNTY),
			`sessionNumber`, `startedOn`, `endedOn` (null while current), `totalSeats`, `version`. The non-party
			share of a session on a day is on the coverage figures (`GET /api/v1/members/coverage`, `seatShares`).
			""")
	@GetMapping
	List<BodySession> list(@AuthenticationPrincipal Actor actor) {
		return sessions.list(actor);
	}

	@Operation(summary = "Record a session", description = """
			MEMBER_MANAGE over the whole network (the department; others 403). Body: `kind`, `level`,
			`sessionNumber` (1–99), `startedOn` (yyyy-MM-dd, required), `endedOn` (optional, not before the start),
			`totalSeats` (1–5000). 201. 400 naming each bad field; 400 naming `sessionNumber` when that session of
			that body is already recorded.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	BodySession create(@AuthenticationPrincipal Actor actor, @RequestBody BodySessionDraft body) {
		return sessions.create(actor, body);
	}

	@Operation(summary = "Change a session's term or seats", description = """
			MEMBER_MANAGE over the whole network. Body: `startedOn`, `endedOn`, `totalSeats` as for create, and
			`version` (required; 409 when stale). Kind, level and number do not change. 404 for an unknown id.
			""")
	@PatchMapping("/{id}")
	BodySession update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody BodySessionDraft body) {
		return sessions.update(actor, id, body);
	}

}
