package org.tongxin.proposals.search;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * {@code /proposal-search}: a search box and the hits the user may see; the API mirror answers the
 * same hits as JSON. Signed-in users only (the security filter); no privilege, since who sees what
 * is the owning parts' decision, record by record.
 */
@Controller
class ProposalSearchController {

	private static final int PAGE_HITS = 30;

	private final ProposalSearch search;

	private final MessageSource messages;

	ProposalSearchController(ProposalSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/proposal-search")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q, Locale locale,
			Model model) {
		model.addAttribute("q", q == null ? "" : q);
		try {
			model.addAttribute("hits", q == null || q.isBlank() ? null : search.search(actor, q, PAGE_HITS));
			model.addAttribute("pageHits", PAGE_HITS);
		}
		catch (Rejection rejection) {
			var problem = rejection.problems().get(0);
			model.addAttribute("error", messages.getMessage(problem.code(), problem.args(), locale));
		}
		return "proposal-performance/search";
	}

}
