package org.tongxin.proposals.reports;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.proposals.Level;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Rejection;

/**
 * The staff steps posted from a report's page. A refused step shows the page again (400) with that
 * step's form open, its errors and what was typed; a step someone else took first (stale version)
 * shows the report as it now is, with the typed text still in the form (409).
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

	private final ReportViews views;

	private final MessageSource messages;

	ReportStepController(ReportWorkflow workflow, ReportViews views, MessageSource messages) {
		this.workflow = workflow;
		this.views = views;
		this.messages = messages;
	}

	@PostMapping("/edit")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		return take("EDIT", (a, i, f) -> workflow.edit(a, i, f.getVersion(), f.getTitle(), f.getBody()), actor, id, form,
				binding, model, redirect, locale, response);
	}

	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		return take("ACCEPT", (a, i, f) -> workflow.accept(a, i, f.getVersion()), actor, id, form, binding, model, redirect,
				locale, response);
	}

	@PostMapping("/decline")
	String decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		return take("DECLINE", (a, i, f) -> workflow.decline(a, i, f.getVersion(), f.getText()), actor, id, form, binding,
				model, redirect, locale, response);
	}

	@PostMapping("/forward")
	String forward(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		return take("FORWARD", (a, i, f) -> workflow.forward(a, i, f.getLevel(), f.getWho(), f.getDate()), actor, id, form,
				binding, model, redirect, locale, response);
	}

	@PostMapping("/adoptions")
	String adopt(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") ReportStepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		return take("ADOPT", (a, i, f) -> workflow.adopt(a, i, f.getLevel(), f.getWho(), f.getDate()), actor, id, form,
				binding, model, redirect, locale, response);
	}

	@PostMapping("/instructions")
	String instruct(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("stepForm") ReportStepForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		return take("INSTRUCT", (a, i, f) -> workflow.instruct(a, i, f.getLevel(), f.getPost(), f.getText(), f.getDate()),
				actor, id, form, binding, model, redirect, locale, response);
	}

	private String take(String name, Step step, Actor actor, long id, ReportStepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		try {
			step.take(actor, id, form);
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding, FIELDS);
			return again(name, actor, id, model, locale, response, HttpStatus.BAD_REQUEST, null);
		}
		catch (OptimisticLockingFailureException stale) {
			return again(name, actor, id, model, locale, response, HttpStatus.CONFLICT,
					messages.getMessage("report.stale", null, locale));
		}
		redirect.addFlashAttribute("flash", "report.flash.done");
		return "redirect:/reports/" + id;
	}

	private String again(String step, Actor actor, long id, Model model, Locale locale, HttpServletResponse response,
			HttpStatus status, String problem) {
		response.setStatus(status.value());
		model.addAttribute("r", views.detail(actor, id, locale));
		model.addAttribute("levels", Level.values());
		model.addAttribute("failedStep", step);
		model.addAttribute("stepProblem", problem);
		return "reports/detail";
	}

}
