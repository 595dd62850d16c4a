package org.tongxin.proposals.reports;

import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.RefusedForm;

/**
 * The staff steps posted from a report's page. Every answer is a redirect to the report's page (so
 * a reload never posts again, and the address is the page, not the step's URL): a refused step
 * comes back with that step's form open, its errors and what was typed; a step someone else took
 * first (stale version) comes back saying so, showing the report as it now is with the text kept.
 */
@Controller
@RequestMapping("/reports/{id}")
class ReportStepController {

	/** The rules name fields by their meaning; the page's forms hold them in shared inputs. */
	private static final Map<String, String> FIELDS = Map.of("reason", "text", "instruction", "text", "recipient", "who",
			"adoptedBy", "who", "forwardedOn", "date", "adoptedOn", "date", "instructedOn", "date");

	interface Step {

		void take(Actor actor, long id, ReportStepForm form);

	}

	private final ReportWorkflow workflow;

	private final ReportAccess access;

	ReportStepController(ReportWorkflow workflow, ReportAccess access) {
		this.workflow = workflow;
		this.access = access;
	}

	@PostMapping("/edit")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("EDIT", (a, i, f) -> workflow.edit(a, i, f.getVersion(), f.getTitle(), f.getBody()), actor, id, form,
				binding, redirect);
	}

	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("ACCEPT", (a, i, f) -> workflow.accept(a, i, f.getVersion()), actor, id, form, binding, redirect);
	}

	@PostMapping("/decline")
	String decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("DECLINE", (a, i, f) -> workflow.decline(a, i, f.getVersion(), f.getText()), actor, id, form, binding,
				redirect);
	}

	@PostMapping("/forward")
	String forward(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("FORWARD", (a, i, f) -> workflow.forward(a, i, f.getLevel(), f.getWho(), f.getDate()), actor, id, form,
				binding, redirect);
	}

	@PostMapping("/adoptions")
	String adopt(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("ADOPT", (a, i, f) -> workflow.adopt(a, i, f.getLevel(), f.getWho(), f.getDate()), actor, id, form,
				binding, redirect);
	}

	@PostMapping("/instructions")
	String instruct(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("stepForm") ReportStepForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return take("INSTRUCT", (a, i, f) -> workflow.instruct(a, i, f.getLevel(), f.getPost(), f.getText(), f.getDate()),
				actor, id, form, binding, redirect);
	}

	private String take(String name, Step step, Actor actor, long id, ReportStepForm form, BindingResult binding,
			RedirectAttributes redirect) {
		try {
			step.take(actor, id, form);
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding, FIELDS);
			return back(name, actor, id, binding, redirect, null);
		}
		catch (OptimisticLockingFailureException stale) {
			return back(name, actor, id, binding, redirect, "report.stale");
		}
		redirect.addFlashAttribute("flash", "report.flash.done");
		return "redirect:/reports/" + id;
	}

	/**
	 * Back to the report's page with the refused step's form (and a stale step's notice, by message
	 * code). A report out of the actor's sight is a 404 here too, whatever the step's input was.
	 */
	private String back(String step, Actor actor, long id, BindingResult binding, RedirectAttributes redirect,
			String problem) {
		access.visible(actor, id);
		return RefusedForm.backToStep(redirect, binding, "/reports/" + id, step, problem);
	}

}
