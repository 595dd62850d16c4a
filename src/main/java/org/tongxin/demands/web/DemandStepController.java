package org.tongxin.demands.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.demands.internal.CaseAccess;
import org.tongxin.demands.internal.CaseWorkflow;
import org.tongxin.demands.internal.TypicalDemands;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.StepFlow;
import org.tongxin.shared.web.Uploads;

/**
 * The steps posted from a case's page, answered the one way every workflow page answers its steps
 * ({@link StepFlow}): back to the case's page, a refused step with its form open, its errors and
 * what was typed; a step someone else took first (stale version) showing the case as it now is.
 */
@Controller
@RequestMapping("/demands/{id}")
class DemandStepController {

	/** The rules name the text by its meaning; the page's forms call it "text". */
	private static final Map<String, String> TEXT_FIELDS = Map.of("reason", "text", "note", "text", "answer", "text",
			"comment", "text");

	private final CaseWorkflow workflow;

	private final StepFlow steps;

	private final TypicalDemands typical;

	DemandStepController(CaseWorkflow workflow, CaseAccess access, TypicalDemands typical) {
		this.workflow = workflow;
		this.typical = typical;
		this.steps = StepFlow.onPages("/demands/", access::visible).fields(TEXT_FIELDS).staleSays("demand.stale")
			.doneSays("demand.flash.done");
	}

	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("ACCEPT", actor, id, binding, redirect,
				() -> workflow.accept(actor, id, form.getVersion(), form.assignment()));
	}

	@PostMapping("/decline")
	String decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("DECLINE", actor, id, binding, redirect,
				() -> workflow.decline(actor, id, form.getVersion(), form.getText()));
	}

	@PostMapping("/transfer")
	String transfer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("TRANSFER", actor, id, binding, redirect,
				() -> workflow.transfer(actor, id, form.getVersion(), form.assignment(), form.getText()));
	}

	@PostMapping("/progress")
	String progress(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("PROGRESS", actor, id, binding, redirect, () -> workflow.progress(actor, id, form.getText()));
	}

	@PostMapping("/answer")
	String answer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("ANSWER", actor, id, binding, redirect,
				() -> workflow.answer(actor, id, form.getVersion(), form.getText(), form.amountValue()));
	}

	@PostMapping("/rate")
	String rate(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("RATE", actor, id, binding, redirect,
				() -> workflow.rate(actor, id, form.getVersion(), form.getRating(), form.getText()));
	}

	@PostMapping("/supervise")
	String supervise(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("SUPERVISE", actor, id, binding, redirect, () -> workflow.supervise(actor, id, form.getText()));
	}

	@PostMapping("/typical")
	String typical(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("TYPICAL", actor, id, binding, redirect, () -> typical.mark(actor, id, form.getText()));
	}

	@PostMapping("/untypical")
	String untypical(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("UNTYPICAL", actor, id, binding, redirect, () -> typical.unmark(actor, id));
	}

	@PostMapping("/attach")
	String attach(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		return steps.take("ATTACH", actor, id, binding, redirect, () -> workflow.attach(actor, id, Uploads.of(files)));
	}

}
