package org.tongxin.demands.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.RefusedForm;

/**
 * The steps posted from a case's page. A refused step goes back to the page (post/redirect/get,
 * {@link RefusedForm}) with that step's form open, its errors and what was typed; a step someone else
 * took first (stale version) shows the case as it now is, with the typed text still in the form.
 */
@Controller
@RequestMapping("/demands/{id}")
class DemandStepController {

	/** The rules name the text by its meaning; the page's forms call it "text". */
	private static final Map<String, String> TEXT_FIELDS = Map.of("reason", "text", "note", "text", "answer", "text",
			"comment", "text");

	interface Step {

		void take(Actor actor, long id, StepForm form) throws IOException;

	}

	private final CaseWorkflow workflow;

	private final CaseAccess access;

	DemandStepController(CaseWorkflow workflow, CaseAccess access) {
		this.workflow = workflow;
		this.access = access;
	}

	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("ACCEPT", (a, i, f) -> workflow.accept(a, i, f.getVersion(), f.assignment()), actor, id, form, binding,
				redirect);
	}

	@PostMapping("/decline")
	String decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("DECLINE", (a, i, f) -> workflow.decline(a, i, f.getVersion(), f.getText()), actor, id, form, binding,
				redirect);
	}

	@PostMapping("/transfer")
	String transfer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("TRANSFER", (a, i, f) -> workflow.transfer(a, i, f.getVersion(), f.assignment(), f.getText()), actor,
				id, form, binding, redirect);
	}

	@PostMapping("/progress")
	String progress(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("PROGRESS", (a, i, f) -> workflow.progress(a, i, f.getText()), actor, id, form, binding,
				redirect);
	}

	@PostMapping("/answer")
	String answer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("ANSWER", (a, i, f) -> {
			access.visible(a, i); // an out-of-scope case is a 404 before its amount is read
			workflow.answer(a, i, f.getVersion(), f.getText(), f.amountValue());
		}, actor, id, form, binding, redirect);
	}

	@PostMapping("/rate")
	String rate(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("RATE", (a, i, f) -> workflow.rate(a, i, f.getVersion(), f.getRating(),
				f.getText()), actor, id, form, binding, redirect);
	}

	@PostMapping("/supervise")
	String supervise(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return take("SUPERVISE", (a, i, f) -> workflow.supervise(a, i, f.getText()), actor, id, form, binding,
				redirect);
	}

	@PostMapping("/attach")
	String attach(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		return take("ATTACH", (a, i, f) -> workflow.attach(a, i, DemandFiles.uploads(files)), actor, id, form, binding,
				redirect);
	}

	private String take(String name, Step step, Actor actor, long id, StepForm form, BindingResult binding,
			RedirectAttributes redirect) {
		try {
			step.take(actor, id, form);
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding, TEXT_FIELDS);
			return back(name, actor, id, binding, redirect, null);
		}
		catch (OptimisticLockingFailureException stale) {
			return back(name, actor, id, binding, redirect, "demand.stale");
		}
		catch (IOException unreadable) {
			binding.reject("upload.damaged", new Object[] { "" }, "upload.damaged");
			return back(name, actor, id, binding, redirect, null);
		}
		redirect.addFlashAttribute("flash", "demand.flash.done");
		return "redirect:/demands/" + id;
	}

	/** Back to the case's page with the refused step's form; a case out of sight is a 404 here too. */
	private String back(String step, Actor actor, long id, BindingResult binding, RedirectAttributes redirect,
			String problem) {
		access.visible(actor, id);
		return RefusedForm.backToStep(redirect, binding, "/demands/" + id, step, problem);
	}

}
