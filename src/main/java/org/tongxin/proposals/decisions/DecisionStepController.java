package org.tongxin.proposals.decisions;

import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.proposals.SourceKind;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.RefusedForm;

/**
 * What is done on and around a decision's page: linking a source, adding a result, posting an
 * update; the "转化为决策" form the proposal and report pages link to; the lazy fragment they
 * include; the owner-unit picker. A refused form goes back (a redirect, so a reload never posts
 * again) to the page it was posted from, with its errors and what was typed; a stale update says so.
 */
@Controller
@RequestMapping("/decisions")
class DecisionStepController {

	private final DecisionLinking linking;

	private final ResultProgress progress;

	DecisionStepController(DecisionLinking linking, ResultProgress progress) {
		this.linking = linking;
		this.progress = progress;
	}

	@PostMapping("/{id}/sources")
	@Requires(Privilege.DECISION_MANAGE)
	String link(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("linkForm") LinkForm form,
			BindingResult binding, RedirectAttributes redirect) {
		try {
			linking.link(actor, id, form.toDraft());
			redirect.addFlashAttribute("flash", "decision.source.linked");
			return "redirect:/decisions/" + id + "#sources";
		}
		catch (Rejection rejection) {
			RefusedForm.keep(redirect, binding, rejection, Map.of());
			return "redirect:/decisions/" + id + "#source-form";
		}
	}

	@PostMapping("/{id}/results")
	@Requires(Privilege.DECISION_MANAGE)
	String addResult(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("resultForm") ResultForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			Result added = progress.add(actor, id, form.toDraft());
			redirect.addFlashAttribute("flash", "decision.result.added");
			return "redirect:/decisions/" + id + "#result-" + added.id();
		}
		catch (Rejection rejection) {
			RefusedForm.keep(redirect, binding, rejection, Map.of());
			return "redirect:/decisions/" + id + "#result-form";
		}
	}

	@PostMapping("/results/{rid}/updates")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long rid, @ModelAttribute("updateForm") UpdateForm form,
			BindingResult binding, RedirectAttributes redirect) {
		try {
			Result updated = progress.update(actor, rid, form.toDraft());
			redirect.addFlashAttribute("flash", "decision.update.posted");
			return "redirect:/decisions/" + updated.decisionId() + "#result-" + rid;
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return updateRefused(actor, rid, binding, redirect, null);
		}
		catch (OptimisticLockingFailureException stale) {
			// someone posted an update first: the page shows the result as it now is, the note typed kept
			return updateRefused(actor, rid, binding, redirect, "decision.update.stale");
		}
	}

	@GetMapping("/link")
	@Requires(Privilege.DECISION_MANAGE)
	String linkForm(@AuthenticationPrincipal Actor actor, @RequestParam String kind, @RequestParam long id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DecisionForm());
		}
		return linkPage(actor, ListFilter.kindInPath(kind, id), id, model);
	}

	/** Links to an existing decision ({@code decisionId}) or, without one, to a new decision made of the form. */
	@PostMapping("/link")
	@Requires(Privilege.DECISION_MANAGE)
	String linkFromSource(@AuthenticationPrincipal Actor actor, @RequestParam String kind, @RequestParam long id,
			@RequestParam(required = false) Long decisionId, @ModelAttribute("form") DecisionForm form,
			BindingResult binding, RedirectAttributes redirect) {
		SourceKind sourceKind = ListFilter.kindInPath(kind, id);
		try {
			long target;
			if (decisionId != null) {
				linking.link(actor, decisionId, new LinkDraft(kind, String.valueOf(id)));
				target = decisionId;
			}
			else {
				target = linking.linkToNew(actor, sourceKind, id, form.toDraft()).id();
			}
			redirect.addFlashAttribute("flash", "decision.source.linked");
			return "redirect:/decisions/" + target;
		}
		catch (Rejection rejection) {
			RefusedForm.keep(redirect, binding, rejection, Map.of());
			redirect.addFlashAttribute("failed", decisionId != null ? "existing" : "new");
			redirect.addAttribute("kind", sourceKind.name());
			redirect.addAttribute("id", id);
			return "redirect:/decisions/link";
		}
	}

	/** The decision of a proposal or report, for its page (htmx, lazily); 404 for whoever does not see the source. */
	@GetMapping("/of/{kind}/{id}")
	String ofSource(@AuthenticationPrincipal Actor actor, @PathVariable String kind, @PathVariable long id, Model model) {
		model.addAttribute("of", linking.of(actor, ListFilter.kindInPath(kind, id), id));
		return "decisions/of :: source";
	}

	private String linkPage(Actor actor, SourceKind kind, long id, Model model) {
		model.addAttribute("choice", linking.choice(actor, kind, id));
		model.addAttribute("issuers", List.of(Issuer.values()));
		return "decisions/link";
	}

	private String updateRefused(Actor actor, long rid, BindingResult binding, RedirectAttributes redirect,
			String problem) {
		long decision = progress.decisionOf(actor, rid);
		RefusedForm.keep(redirect, binding);
		redirect.addFlashAttribute("failedResult", rid);
		if (problem != null) {
			redirect.addFlashAttribute("stepProblem", problem);
		}
		return "redirect:/decisions/" + decision + "#result-" + rid;
	}

}
