package org.tongxin.proposals.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;

/** The search for other systems: the same hits as the page, those the caller may see. */
@RestController
class ProposalSearchApiController {

	private final ProposalSearch search;

	ProposalSearchApiController(ProposalSearch search) {
		this.search = search;
	}

	@Operation(summary = "Proposals and reports whose number, title, text, reply or edited text, or proposer name "
			+ "hold every word of q (Chinese matched by character pairs), those the caller may see, at most limit (50)")
	@GetMapping("/api/v1/proposal-search")
	List<SearchHit> api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "20") int limit) {
		return search.search(actor, q, limit);
	}

}
