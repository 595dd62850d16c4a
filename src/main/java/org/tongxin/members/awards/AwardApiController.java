package org.tongxin.members.awards;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;

/** A person's awards for other systems and scripts; the same rules as the pages (privilege, scope, audit, history). */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Member awards", description = "Awards (荣誉) as records: title, level and year, searchable and filterable in the member list.")
class AwardApiController {

	private final PersonAwards awards;

	AwardApiController(PersonAwards awards) {
		this.awards = awards;
	}

	@Operation(summary = "A person's awards, latest first", description = """
			MEMBER_VIEW. Each award: `id`, `personId`, `title`, `level` (NATIONAL, PROVINCIAL, CITY, COUNTY,
			OTHER), `year`, `conferredBy`. A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@GetMapping("/{id}/awards")
	List<AwardLine> list(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return awards.of(actor, id).all();
	}

	@Operation(summary = "Add an award", description = """
			MEMBER_MANAGE. Body: `title` (required, ≤ 100 characters, e.g. 全国劳动模范), `level` (required:
			NATIONAL, PROVINCIAL, CITY, COUNTY, OTHER), `year` (required, 1949–2100), `conferredBy` (optional,
			≤ 100). 201 with the award; audited (AWARD_ADDED) and kept in the person's history. 400 problem+json
			naming every bad field at once. A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@PostMapping("/{id}/awards")
	@ResponseStatus(HttpStatus.CREATED)
	AwardLine add(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody AwardDraft request) {
		return awards.add(actor, id, request);
	}

	@Operation(summary = "Remove an award", description = """
			MEMBER_MANAGE. 204; audited (AWARD_REMOVED) and kept in the person's history. An award of a person
			outside the caller's data scope is a 404, as an unknown id.
			""")
	@DeleteMapping("/awards/{awardId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal Actor actor, @PathVariable long awardId) {
		awards.remove(actor, awardId);
	}

}
