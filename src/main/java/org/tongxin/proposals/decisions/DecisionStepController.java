package org.tongxin.proposals.decisions;

import java.util.List;
import java.util.Map;

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
import org.tongxin.shared.web.RefusedForm;
import org.tongxin.shared.web.StepFlow;
import org.tongxin.shared.web.StepFlow.Done;

/**
 * What is done on and around a decision's page: linking a source, adding a result, posting an
 * update; the "转化为决策" form the proposal and report pages link to; the lazy fragment they
 * include. A refused form goes back (a redirect, so a reload never posts
 * again) to the page it was posted from, with its errors and what was typed; a stale update says so
 * (the decision's steps as every workflow page answers them, {@link StepFlow}).
 */
@Controller
@RequestMapping("/decisions")
class DecisionStepController {

	private final DecisionLinking linking;

	private final ResultProgress progress;

	/** Linking a source and adding a result: steps on the decision, whose forms are always open. */
	private final StepFlow decisionSteps;

	/** Posting an update: a step on one of the decision's results, shown on the decision's page. */
	private final StepFlow resultSteps;

	DecisionStepController(DecisionLinking linking, ResultProgress progress, DecisionVisibility visibility) {
		this.linking = linking;
		this.progress = progress;
		this.decisionSteps = StepFlow.onPages("/decisions/", visibility::visible)
			.anchoredAt((step, id) -> step.equals("SOURCE") ? "source-form" : "result-form");
		this.resultSteps = StepFlow.onPagesOf((actor, rid) -> "/decisions/" + progress.decisionOf(actor, rid))
			.anchoredAt((step, rid) -> "result-" + rid)
			.staleSays("decision.update.stale");
	}

	@PostMapping("/{id}/sources")
	@Requires(Privilege.DECISION_MANAGE)
	String link(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("linkForm") LinkForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return decisionSteps.lead("SOURCE", actor, id, binding, redirect, () -> {
			linking.link(actor, id, form.toDraft());
			return new Done("/decisions/" + id + "#sources", "decision.source.linked");
		});
	}

	@PostMapping("/{id}/results")
	@Requires(Privilege.DECISION_MANAGE)
	String addResult(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("resultForm") ResultForm form, BindingResult binding, RedirectAttributes redirect) {
		return decisionSteps.lead("RESULT", actor, id, binding, redirect,
				() -> new Done("/decisions/" + id + "#result-" + progress.add(actor, id, form.toDraft()).id(),
						"decision.result.added"));
	}

	/** Someone who posted an update first makes this one stale: the page shows the result as it now is, the note kept. */
	@PostMapping("/results/{rid}/updates")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long rid, @ModelAttribute("updateForm") UpdateForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return resultSteps.lead("UPDATE", actor, rid, binding, redirect, () -> {
			Result updated = progress.update(actor, rid, form.toDraft());
			return new Done("/decisions/" + updated.decisionId() + "#result-" + rid, "decision.update.posted");
		});
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

}
