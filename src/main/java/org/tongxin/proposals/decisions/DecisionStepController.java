package org.tongxin.proposals.decisions;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
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
import org.tongxin.org.Units;
import org.tongxin.proposals.SourceKind;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Rejection;

/**
 * What is done on and around a decision's page: linking a source, adding a result, posting an
 * update; the "转化为决策" form the proposal and report pages link to; the lazy fragment they
 * include; the owner-unit picker. A refused form re-shows the decision's page with its errors.
 */
@Controller
@RequestMapping("/decisions")
class DecisionStepController {

	private final DecisionBook book;

	private final DecisionLinking linking;

	private final ResultProgress progress;

	private final Units units;

	DecisionStepController(DecisionBook book, DecisionLinking linking, ResultProgress progress, Units units) {
		this.book = book;
		this.linking = linking;
		this.progress = progress;
		this.units = units;
	}

	@PostMapping("/{id}/sources")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String link(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("linkForm") LinkForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			linking.link(actor, id, form.toDraft());
			redirect.addFlashAttribute("flash", "decision.source.linked");
			return "redirect:/decisions/" + id + "#sources";
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return detail(actor, id, model, null);
		}
	}

	@PostMapping("/{id}/results")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String addResult(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("resultForm") ResultForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			Result added = progress.add(actor, id, form.toDraft());
			redirect.addFlashAttribute("flash", "decision.result.added");
			return "redirect:/decisions/" + id + "#result-" + added.id();
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return detail(actor, id, model, null);
		}
	}

	@PostMapping("/results/{rid}/updates")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long rid, @ModelAttribute("updateForm") UpdateForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			Result updated = progress.update(actor, rid, form.toDraft());
			redirect.addFlashAttribute("flash", "decision.update.posted");
			return "redirect:/decisions/" + updated.decisionId() + "#result-" + rid;
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return detail(actor, progress.decisionOf(actor, rid), model, rid);
		}
	}

	@GetMapping("/link")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String linkForm(@AuthenticationPrincipal Actor actor, @RequestParam String kind, @RequestParam long id, Model model) {
		DecisionForm form = new DecisionForm();
		model.addAttribute("form", form);
		return linkPage(actor, ListFilter.kindInPath(kind, id), id, model, null);
	}

	/** Links to an existing decision ({@code decisionId}) or, without one, to a new decision made of the form. */
	@PostMapping("/link")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String linkFromSource(@AuthenticationPrincipal Actor actor, @RequestParam String kind, @RequestParam long id,
			@RequestParam(required = false) Long decisionId, @ModelAttribute("form") DecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
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
			FormErrors.bind(rejection, binding);
			return linkPage(actor, sourceKind, id, model, decisionId != null ? "existing" : "new");
		}
	}

	/** The decision of a proposal or report, for its page (htmx, lazily); 404 for whoever does not see the source. */
	@GetMapping("/of/{kind}/{id}")
	String ofSource(@AuthenticationPrincipal Actor actor, @PathVariable String kind, @PathVariable long id, Model model) {
		model.addAttribute("of", linking.of(actor, ListFilter.kindInPath(kind, id), id));
		return "decisions/of :: source";
	}

	/** Units whose name or code contains the text, as datalist options for the owner unit (htmx). */
	@GetMapping("/units")
	@PreAuthorize("hasAuthority('DECISION_MANAGE')")
	String units(@RequestParam(name = "ownerUnitCode", required = false) String q, Model model) {
		model.addAttribute("units", q == null || q.isBlank() ? List.of() : units.search(q.strip(), null, 15));
		return "decisions/of :: units";
	}

	private String linkPage(Actor actor, SourceKind kind, long id, Model model, String failed) {
		model.addAttribute("choice", linking.choice(actor, kind, id));
		model.addAttribute("issuers", List.of(Issuer.values()));
		model.addAttribute("failed", failed);
		return "decisions/link";
	}

	private String detail(Actor actor, long id, Model model, Long failedResult) {
		model.addAttribute("d", book.detail(actor, id));
		model.addAttribute("failedResult", failedResult);
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", new LinkForm());
		}
		if (!model.containsAttribute("resultForm")) {
			model.addAttribute("resultForm", new ResultForm());
		}
		if (!model.containsAttribute("updateForm")) {
			model.addAttribute("updateForm", new UpdateForm());
		}
		return "decisions/detail";
	}

}
