package org.tongxin.proposals.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.proposals.internal.Proposal;
import org.tongxin.proposals.internal.ProposalAccess;
import org.tongxin.proposals.internal.ProposalAction;
import org.tongxin.proposals.internal.ProposalCategories;
import org.tongxin.proposals.internal.ProposalDetail;
import org.tongxin.proposals.internal.ProposalHistory;
import org.tongxin.proposals.internal.ProposalQuery;
import org.tongxin.proposals.internal.ProposalViews;
import org.tongxin.proposals.internal.ProposalWorkflow;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FileResponses;
import org.tongxin.shared.web.FilteredList;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;
import org.tongxin.shared.web.Uploads;
import org.tongxin.shared.workflow.RecordAttachments;

/**
 * The proposal list (whole page, or only its results for htmx filter requests), the draft form
 * (phone first) for writing and editing, and a proposal's page. What they show is bounded by the
 * proposal scope; who may write is decided by the workflow (members and party organisations).
 */
@Controller
@RequestMapping("/proposals")
class ProposalPageController {

	private final ProposalQuery query;

	private final ProposalViews views;

	private final ProposalWorkflow workflow;

	private final ProposalCategories categories;

	private final RecordAttachments attachments;

	private final ProposalAccess access;

	ProposalPageController(ProposalQuery query, ProposalViews views, ProposalWorkflow workflow,
			ProposalCategories categories, RecordAttachments attachments,
			ProposalAccess access) {
		this.attachments = attachments;
		this.access = access;
		this.query = query;
		this.views = views;
		this.workflow = workflow;
		this.categories = categories;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") ProposalFilterForm filter,
			BindingResult binding, Htmx htmx, Model model,
			Locale locale) {
		Page<ProposalQuery.Row> page = FilteredList.page(filter, binding, "proposal.filter.invalid", model,
				new PageImpl<>(java.util.List.of()), (number, size) -> query.page(actor, filter.toFilter(), number, size, locale));
		model.addAttribute("page", page);
		model.addAttribute("listUrl", filter.listUrl());
		if (htmx.wantsFragment()) {
			return "proposals/list :: results";
		}
		model.addAttribute("canPropose", workflow.canPropose(actor));
		model.addAttribute("categories", categories.all());
		return "proposals/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal Actor actor, Model model) {
		workflow.requireProposer(actor);
		model.addAttribute("form", new ProposalForm());
		return form(model, null);
	}

	@PostMapping
	String draft(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") ProposalForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		Proposal p;
		try {
			p = workflow.draft(actor, form.text(), Uploads.of(form.getFiles()));
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, null);
		}
		redirect.addFlashAttribute("flash", "proposal.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { p.proposalNo() });
		return "redirect:/proposals/" + p.id();
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, Locale locale) {
		ProposalDetail p = views.detail(actor, id, locale);
		model.addAttribute("p", p);
		model.addAttribute("timeline", ProposalTimeline.of(p));
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new ProposalStepForm());
		}
		return "proposals/detail";
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, Locale locale) {
		ProposalDetail p = views.detail(actor, id, locale);
		if (!p.can("EDIT")) {
			if (Proposal.STEPS.allows(p.status(), ProposalAction.EDIT)) {
				// the proposal could be edited, but not by this viewer (a co-signer, staff): not theirs to change
				throw new org.springframework.security.access.AccessDeniedException("only the author edits proposal " + id);
			}
			throw Proposal.STEPS.refusal(p.status(), ProposalAction.EDIT);
		}
		ProposalForm form = new ProposalForm();
		form.setVersion(p.version());
		form.setCategoryCode(p.text().categoryCode());
		form.setTitle(p.text().title());
		form.setBody(p.text().body());
		model.addAttribute("form", form);
		return form(model, p);
	}

	@PostMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") ProposalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response)
			throws IOException {
		try {
			workflow.edit(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.text(),
					Uploads.of(form.getFiles()));
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, views.detail(actor, id, locale));
		}
		redirect.addFlashAttribute("flash", "proposal.flash.done");
		return "redirect:/proposals/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@PathVariable long attachmentId) {
		return FileResponses.document(attachments.download(ProposalHistory.FILES, access::visible, actor, id,
				attachmentId));
	}

	private String form(Model model, ProposalDetail editing) {
		model.addAttribute("categories", categories.all());
		model.addAttribute("editing", editing);
		return "proposals/new";
	}

}
