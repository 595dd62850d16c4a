package org.tongxin.proposals.performance;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;

/**
 * {@code /admin/proposal-scoring}: the sessions with their points and a form to add one;
 * {@code /admin/proposal-scoring/{id}}: the form to change one (a stale version is an error at the top).
 */
@Controller
@RequestMapping("/admin/proposal-scoring")
@Requires(Privilege.PROPOSAL_SCORING_MANAGE)
class ScoringPageController {

	private static final String LIST = "proposal-performance/scoring";

	private static final String EDIT = "proposal-performance/session";

	private final ScoringAdministration administration;

	ScoringPageController(ScoringAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", ScoringForm.fresh());
		return list(model, false);
	}

	@PostMapping
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") ScoringForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			administration.create(actor, form.input());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return list(model, true);
		}
		redirect.addFlashAttribute("flash", "proposal.scoring.flash.created");
		return "redirect:/admin/proposal-scoring";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ScoringSession session = administration.get(id);
		model.addAttribute("form", ScoringForm.of(session));
		return edit(session, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") ScoringForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ScoringSession session = administration.get(id);
		try {
			administration.update(actor, id, form.getVersion(), form.input());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return edit(session, model);
		}
		catch (OptimisticLockingFailureException stale) {
			binding.reject("proposal.scoring.stale", "proposal.scoring.stale");
			return edit(session, model);
		}
		redirect.addFlashAttribute("flash", "proposal.scoring.flash.saved");
		return "redirect:/admin/proposal-scoring";
	}

	private String list(Model model, boolean addOpen) {
		model.addAttribute("sessions", administration.list());
		model.addAttribute("items", ScoreItem.values());
		model.addAttribute("addOpen", addOpen);
		return LIST;
	}

	private String edit(ScoringSession session, Model model) {
		model.addAttribute("scoring", session);
		model.addAttribute("items", ScoreItem.values());
		return EDIT;
	}

}
