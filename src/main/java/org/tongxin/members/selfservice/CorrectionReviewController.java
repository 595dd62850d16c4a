package org.tongxin.members.selfservice;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.Pager;

/**
 * Staff review of members' corrections: the list (oldest first), approve and reject, and the
 * count the navigation's badge loads. A refused decision (a field changed meanwhile, a missing
 * reason, someone faster) comes back on the list next to its correction.
 */
@Controller
@Requires(Privilege.MEMBER_MANAGE)
class CorrectionReviewController {

	private final CorrectionReview review;

	CorrectionReviewController(CorrectionReview review) {
		this.review = review;
	}

	@GetMapping("/members/corrections")
	String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String jump, Model model) {
		Pager pager = Pager.of(page, jump, size).describe(model);
		Page<CorrectionView> pending = pager.show((number, rows) -> review.pending(actor, number, rows));
		model.addAttribute("page", pending);
		model.addAttribute("corrections", pending.getContent());
		model.addAttribute("listUrl", "/members/corrections?size=" + pager.size());
		return "members/corrections";
	}

	/** The navigation badge (htmx): the number of pending corrections in scope, nothing when none. */
	@GetMapping("/members/corrections/count")
	String count(@AuthenticationPrincipal Actor actor, Model model, HttpServletResponse response) {
		model.addAttribute("count", review.pendingCount(actor));
		return "members/corrections :: badge";
	}

	@PostMapping("/members/corrections/{id}/approve")
	String approve(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return decide(actor, id, () -> review.approve(actor, id, reason), "correction.flash.approved", model, redirect);
	}

	@PostMapping("/members/corrections/{id}/reject")
	String reject(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return decide(actor, id, () -> review.reject(actor, id, reason), "correction.flash.rejected", model, redirect);
	}

	/** Either decision: back to the list with a flash, or the list again with the reason it was refused. */
	private String decide(Actor actor, long id, Runnable decision, String flash, Model model, RedirectAttributes redirect) {
		try {
			decision.run();
		}
		catch (Rejection rejection) {
			return refused(actor, id, rejection, model);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			return refused(actor, id, new Rejection(null, "correction.decided"), model);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/members/corrections";
	}

	private String refused(Actor actor, long id, Rejection rejection, Model model) {
		model.addAttribute("refusedId", id);
		model.addAttribute("problems", rejection.problems());
		return list(actor, null, null, null, model);
	}

}
