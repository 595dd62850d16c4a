package org.tongxin.proposals.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
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
import org.tongxin.proposals.internal.CoSigning;
import org.tongxin.proposals.internal.ProposalAccess;
import org.tongxin.proposals.internal.ProposalAttachments;
import org.tongxin.proposals.internal.ProposalViews;
import org.tongxin.proposals.internal.ProposalWorkflow;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.RefusedForm;

/**
 * The steps posted from a proposal's page. Every answer is a redirect to the proposal's page (so a
 * reload never posts again, and the address is the page, not the step's URL): a refused step comes
 * back with that step's form open, its errors and what was typed; a step someone else took first
 * (stale version) comes back saying so, showing the proposal as it now is with the typed text kept.
 */
@Controller
@RequestMapping("/proposals/{id}")
class ProposalStepController {

	/** The rules name fields by meaning; the page's forms hold them under these names. */
	private static final Map<String, String> FORM_FIELDS = Map.of("reason", "text", "note", "text", "reply", "text",
			"comment", "text", "leadUnitId", "leadUnitCode", "coUnitIds", "coUnitCodes", "targetId", "targetNo");

	interface Step {

		void take(Actor actor, long id, ProposalStepForm form);

	}

	private final ProposalWorkflow workflow;

	private final CoSigning coSigning;

	private final ProposalViews views;

	private final ProposalPickers pickers;

	private final MessageSource messages;

	private final ProposalAccess access;

	ProposalStepController(ProposalWorkflow workflow, CoSigning coSigning, ProposalViews views, ProposalPickers pickers,
			MessageSource messages, ProposalAccess access) {
		this.access = access;
		this.workflow = workflow;
		this.coSigning = coSigning;
		this.views = views;
		this.pickers = pickers;
		this.messages = messages;
	}

	/** One route per step, spelled out so that every one of them is walked by the scope tests. */
	@PostMapping({ "/invite", "/withdraw", "/sign", "/submit", "/register", "/decline", "/return", "/merge", "/assign",
			"/co-opinion", "/reply", "/feedback" })
	String take(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request,
			@RequestParam(name = "personId", required = false) Long personId,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@ModelAttribute("stepForm") ProposalStepForm form, BindingResult binding, RedirectAttributes redirect,
			Locale locale) {
		String uri = request.getRequestURI();
		String name = uri.substring(uri.lastIndexOf('/') + 1).replace('-', '_').toUpperCase(Locale.ROOT);
		try {
			step(name, personId, ProposalFiles.uploads(files)).take(actor, id, form);
		}
		catch (IOException unreadable) {
			binding.reject("upload.damaged", new Object[] { "" }, "upload.damaged");
			return back(name, actor, id, binding, redirect, null);
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding, FORM_FIELDS);
			return back(name, actor, id, binding, redirect, null);
		}
		catch (OptimisticLockingFailureException stale) {
			return back(name, actor, id, binding, redirect, "proposal.stale");
		}
		if (name.equals("WITHDRAW") && !stillSees(actor, id, locale)) {
			// an invited member who declined no longer sees the draft
			return "redirect:/proposals";
		}
		// "已完成：立案" names the step that was taken
		String action = name.equals("CO_OPINION") ? "coOpinion" : name.toLowerCase(Locale.ROOT);
		redirect.addFlashAttribute("flash", "proposal.step.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { messages.getMessage("proposal.action." + action, null, locale) });
		return "redirect:/proposals/" + id;
	}

	private Step step(String name, Long personId, List<ProposalAttachments.Upload> uploads) {
		return switch (name) {
			case "INVITE" -> (a, i, f) -> coSigning.invite(a, i, f.getUsername());
			case "WITHDRAW" -> (a, i, f) -> coSigning.withdraw(a, i, personId == null ? -1 : personId);
			case "SIGN" -> (a, i, f) -> coSigning.sign(a, i);
			case "SUBMIT" -> (a, i, f) -> workflow.submit(a, i, f.getVersion());
			case "REGISTER" -> (a, i, f) -> workflow.register(a, i, f.getVersion(), f.isPublicVisible(), f.getText());
			case "DECLINE" -> (a, i, f) -> workflow.decline(a, i, f.getVersion(), f.getText());
			case "RETURN" -> (a, i, f) -> workflow.returnForRevision(a, i, f.getVersion(), f.getText());
			case "MERGE" -> (a, i, f) -> workflow.merge(a, i, f.getVersion(), pickers.proposalId(f.getTargetNo()),
					f.getText());
			case "ASSIGN" -> (a, i, f) -> workflow.assign(a, i, f.getVersion(), pickers.assignment(a, f));
			case "CO_OPINION" -> (a, i, f) -> workflow.coOpinion(a, i, f.getText());
			case "REPLY" -> (a, i, f) -> workflow.reply(a, i, f.getVersion(), f.getText(), uploads);
			case "FEEDBACK" -> (a, i, f) -> workflow.feedback(a, i, f.getVersion(), f.feedback());
			default -> throw new IllegalArgumentException(name);
		};
	}

	/**
	 * Back to the proposal's page with the refused step's form (and a stale step's notice, by message
	 * code). A proposal out of the actor's sight is a 404 here too, whatever the step's input was.
	 */
	private String back(String step, Actor actor, long id, BindingResult binding, RedirectAttributes redirect,
			String problem) {
		access.visible(actor, id);
		return RefusedForm.backToStep(redirect, binding, "/proposals/" + id, step, problem);
	}

	private boolean stillSees(Actor actor, long id, Locale locale) {
		try {
			views.detail(actor, id, locale);
			return true;
		}
		catch (org.tongxin.shared.domain.NotFoundException gone) {
			return false;
		}
	}

}
