package org.tongxin.proposals.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
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
import org.tongxin.proposals.internal.ProposalInput;
import org.tongxin.proposals.internal.ProposalViews;
import org.tongxin.proposals.internal.ProposalWorkflow;
import org.tongxin.proposals.internal.TypicalProposals;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.StepFlow;
import org.tongxin.shared.web.Uploads;
import org.tongxin.shared.workflow.Upload;

/**
 * The steps posted from a proposal's page, answered the one way every workflow page answers its steps
 * ({@link StepFlow}): a redirect to the proposal's page, a refused step with its form open, its errors
 * and what was typed; a step someone else took first (stale version) saying so, showing the proposal
 * as it now is with the typed text kept. The message names the step that was taken (已完成：立案).
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

	private final StepFlow steps;

	private final TypicalProposals typical;

	ProposalStepController(ProposalWorkflow workflow, CoSigning coSigning, ProposalViews views, ProposalPickers pickers,
			MessageSource messages, ProposalAccess access, TypicalProposals typical) {
		this.workflow = workflow;
		this.typical = typical;
		this.coSigning = coSigning;
		this.views = views;
		this.pickers = pickers;
		this.messages = messages;
		this.steps = StepFlow.onPages("/proposals/", access::visible).fields(FORM_FIELDS).staleSays("proposal.stale");
	}

	/** One route per step, spelled out so that every one of them is walked by the scope tests. */
	@PostMapping({ "/invite", "/withdraw", "/sign", "/submit", "/register", "/decline", "/return", "/merge", "/assign",
			"/co-opinion", "/reply", "/feedback", "/typical", "/untypical" })
	String take(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request,
			@RequestParam(name = "personId", required = false) Long personId,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@ModelAttribute("stepForm") ProposalStepForm form, BindingResult binding, RedirectAttributes redirect,
			Locale locale) {
		String uri = request.getRequestURI();
		String name = uri.substring(uri.lastIndexOf('/') + 1).replace('-', '_').toUpperCase(Locale.ROOT);
		return steps.lead(name, actor, id, binding, redirect, () -> {
			step(name, personId, Uploads.of(files)).take(actor, id, form);
			return done(name, actor, id, locale);
		});
	}

	private Step step(String name, Long personId, List<Upload> uploads) {
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
			case "TYPICAL" -> (a, i, f) -> typical.mark(a, i, f.getText());
			case "UNTYPICAL" -> (a, i, f) -> typical.unmark(a, i);
			default -> throw new IllegalArgumentException(name);
		};
	}

	/** Back to the proposal, naming the step taken; an invited member who declined no longer sees the draft. */
	private StepFlow.Done done(String name, Actor actor, long id, Locale locale) {
		if (name.equals("WITHDRAW") && !stillSees(actor, id, locale)) {
			return new StepFlow.Done("/proposals", "proposal.step.done", label(name, locale));
		}
		return new StepFlow.Done("/proposals/" + id, "proposal.step.done", label(name, locale));
	}

	private String label(String name, Locale locale) {
		String action = name.equals("CO_OPINION") ? "coOpinion" : name.toLowerCase(Locale.ROOT);
		return messages.getMessage("proposal.action." + action, null, locale);
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
