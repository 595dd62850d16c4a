package org.tongxin.proposals.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;

/** The search for other systems: the same hits as the page, those the caller may see. */
@RestController
@Tag(name = "Proposal search", description = "Full-text search of proposals and reports, as the caller may see them.")
class ProposalSearchApiController {

	private final ProposalSearch search;

	ProposalSearchApiController(ProposalSearch search) {
		this.search = search;
	}

	@Operation(summary = "Search proposals and reports", description = """
			Any signed-in user. `q` (≤ 100 characters): every word must occur in the number, title, text, reply,
			edited text or proposer name; Chinese is matched by overlapping character pairs (乡村振兴 finds
			"推进乡村振兴产业…", not "乡村道路与振兴"). Title matches first, then the newest. Only records the caller
			may see; at most `limit` (default 20, at most 50).
			""")
	@GetMapping("/api/v1/proposal-search")
	List<SearchHit> api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "20") int limit) {
		return search.search(actor, q, limit);
	}

}
