package org.tongxin.proposals.reports;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.StepFlow;

/**
 * The staff steps posted from a report's page, answered the one way every workflow page answers its
 * steps ({@link StepFlow}): a redirect to the report's page, a refused step with its form open, its
 * errors and what was typed; a step someone else took first (stale version) saying so, showing the
 * report as it now is with the text kept.
 */
@Controller
@RequestMapping("/reports/{id}")
class ReportStepController {

	/** The rules name fields by their meaning; the page's forms hold them in shared inputs. */
	private static final Map<String, String> FIELDS = Map.of("reason", "text", "instruction", "text", "recipient", "who",
			"adoptedBy", "who", "forwardedOn", "date", "adoptedOn", "date", "instructedOn", "date", "note", "text");

	private final ReportWorkflow workflow;

	private final StepFlow steps;

	private final TypicalReports typical;

	ReportStepController(ReportWorkflow workflow, ReportAccess access, TypicalReports typical) {
		this.workflow = workflow;
		this.typical = typical;
		this.steps = StepFlow.onPages("/reports/", access::visible).fields(FIELDS).staleSays("report.stale")
			.doneSays("report.flash.done");
	}

	@PostMapping("/edit")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("EDIT", actor, id, binding, redirect,
				() -> workflow.edit(actor, id, form.getVersion(), form.getTitle(), form.getBody()));
	}

	@PostMapping("/typical")
	String typical(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("TYPICAL", actor, id, binding, redirect, () -> typical.mark(actor, id, form.getText()));
	}

	@PostMapping("/untypical")
	String untypical(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("stepForm") ReportStepForm form, BindingResult binding, RedirectAttributes redirect) {
		return steps.take("UNTYPICAL", actor, id, binding, redirect, () -> typical.unmark(actor, id));
	}

	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("ACCEPT", actor, id, binding, redirect, () -> workflow.accept(actor, id, form.getVersion()));
	}

	@PostMapping("/decline")
	String decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("DECLINE", actor, id, binding, redirect,
				() -> workflow.decline(actor, id, form.getVersion(), form.getText()));
	}

	@PostMapping("/forward")
	String forward(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("FORWARD", actor, id, binding, redirect,
				() -> workflow.forward(actor, id, form.getLevel(), form.getWho(), form.getDate()));
	}

	@PostMapping("/adoptions")
	String adopt(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return steps.take("ADOPT", actor, id, binding, redirect,
				() -> workflow.adopt(actor, id, form.getLevel(), form.getWho(), form.getDate()));
	}

	@PostMapping("/instructions")
	String instruct(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("stepForm") ReportStepForm form, BindingResult binding, RedirectAttributes redirect) {
		return steps.take("INSTRUCT", actor, id, binding, redirect,
				() -> workflow.instruct(actor, id, form.getLevel(), form.getPost(), form.getText(), form.getDate()));
	}

}
