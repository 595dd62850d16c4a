package org.tongxin.demands.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.demands.CaseDetail;
import org.tongxin.demands.CaseRow;
import org.tongxin.demands.internal.CaseAccess;
import org.tongxin.demands.internal.CaseHistory;
import org.tongxin.demands.internal.CaseQuery;
import org.tongxin.demands.internal.CaseViews;
import org.tongxin.demands.internal.CaseWorkflow;
import org.tongxin.demands.sla.Categories;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.web.CappedPage;
import org.tongxin.shared.web.FileResponses;
import org.tongxin.shared.web.FilteredList;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;
import org.tongxin.shared.web.Uploads;
import org.tongxin.shared.workflow.RecordAttachments;

/**
 * The case list (whole page, or only its results for htmx filter requests), the submission form
 * (phone first), and a case's page. Everyone signed in may open them: what they show is bounded by
 * the case scope, and the submission form by who may submit (members for themselves, officers who
 * dispatch or handle demands for others).
 */
@Controller
@RequestMapping("/demands")
class DemandPageController {

	private final CaseQuery query;

	private final CaseViews views;

	private final CaseWorkflow workflow;

	private final Categories categories;

	private final RecordAttachments attachments;

	private final CaseAccess access;

	private final Pickers pickers;

	DemandPageController(CaseQuery query, CaseViews views, CaseWorkflow workflow, Categories categories,
			RecordAttachments attachments, CaseAccess access, Pickers pickers) {
		this.query = query;
		this.views = views;
		this.workflow = workflow;
		this.categories = categories;
		this.attachments = attachments;
		this.access = access;
		this.pickers = pickers;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") CaseFilterForm filter,
			BindingResult binding, Htmx htmx, Model model,
			Locale locale) {
		CappedPage<CaseRow> page = FilteredList.page(filter, binding, "demand.filter.invalid", model,
				new CappedPage<>(List.of(), org.springframework.data.domain.Pageable.unpaged(), 0, false),
				(number, size) -> query.page(actor, filter.toFilter(), number, size, locale));
		model.addAttribute("page", page);
		model.addAttribute("filterOob", htmx.wantsFragment());
		// cases are found where they arose and where they were handed on: the unit field's suggestions match
		model.addAttribute("unitReach", "handling");
		model.addAttribute("totalCapped", page.isTotalCapped());
		model.addAttribute("listUrl", filter.listUrl());
		model.addAttribute("own", actor.scope() == DataScope.OWN);
		if (htmx.wantsFragment()) {
			return "demands/list :: results";
		}
		model.addAttribute("canSubmit", pickers.maySubmit(actor));
		model.addAttribute("categories", categories.all().values());
		return "demands/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal Actor actor, @RequestParam(name = "person", required = false) Long person,
			@RequestParam(name = "enterprise", required = false) Long enterprise, Model model) {
		SubmissionForm form = new SubmissionForm();
		if (person != null && pickers.submitsForOthers(actor)) {
			var ref = pickers.person(actor, person);
			form.setPersonId(ref.id());
			form.setPersonName(ref.name());
		}
		if (enterprise != null && pickers.submitsForOthers(actor)) {
			var ref = pickers.enterprise(actor, enterprise);
			form.setEnterpriseId(ref.id());
			form.setEnterpriseName(ref.name());
		}
		model.addAttribute("form", form);
		return form(actor, model);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") SubmissionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response)
			throws IOException {
		long id;
		String caseNo;
		try {
			var c = workflow.submit(actor, form.toSubmission(), Uploads.of(form.getFiles()), false);
			id = c.id();
			caseNo = c.caseNo();
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(actor, model);
		}
		redirect.addFlashAttribute("flash", "demand.flash.submitted");
		redirect.addFlashAttribute("flashArgs", new Object[] { caseNo });
		return "redirect:/demands/" + id;
	}

	private String form(Actor actor, Model model) {
		if (!pickers.submitsForOthers(actor)) {
			pickers.requireOwnPerson(actor);
		}
		model.addAttribute("categories", categories.active());
		model.addAttribute("forOthers", pickers.submitsForOthers(actor));
		return "demands/new";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, Locale locale) {
		CaseDetail c = views.detail(actor, id, locale);
		model.addAttribute("c", c);
		model.addAttribute("timeline", CaseTimeline.of(c));
		if (c.can("ACCEPT") && c.request().unit() != null) {
			model.addAttribute("proposedUnit", pickers.proposedUnit(c.request().unit().id()));
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new StepForm());
		}
		return "demands/detail";
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@PathVariable long attachmentId) {
		return FileResponses.document(attachments.download(CaseHistory.FILES, access::visible, actor, id, attachmentId));
	}

	/** People the officer may submit for, as picker options (htmx). */
	@GetMapping("/people")
	String people(@AuthenticationPrincipal Actor actor, @RequestParam(name = "personName", required = false) String q,
			Model model) {
		model.addAttribute("people", pickers.people(actor, q));
		return "demands/pickers :: people";
	}

	/** Enterprises the officer may submit for, as picker options (htmx). */
	@GetMapping("/enterprises")
	String enterprises(@AuthenticationPrincipal Actor actor,
			@RequestParam(name = "enterpriseName", required = false) String q, Model model) {
		model.addAttribute("enterprises", pickers.enterprises(actor, q));
		return "demands/pickers :: enterprises";
	}

	/** An enterprise's demands (its difficulties), for its page (htmx): the newest the actor may see. */
	@GetMapping("/of-enterprise/{enterpriseId}")
	String ofEnterprise(@AuthenticationPrincipal Actor actor, @PathVariable long enterpriseId, Model model,
			Locale locale) {
		var enterprise = pickers.enterprise(actor, enterpriseId);
		var filter = new org.tongxin.demands.CaseFilter(null, null, null, null, false, null, null, enterprise.id(), null);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("page", query.page(actor, filter, 0, 10, locale));
		model.addAttribute("canSubmit", pickers.submitsForOthers(actor));
		return "demands/pickers :: enterpriseCases";
	}

	/**
	 * Who may lead a case in a unit (typed by name or code), as options of the lead or co-handler
	 * select (htmx). Whoever is chosen already ({@code selected} of a refused form, or the select's
	 * own value) stays chosen when still a handler of the unit: leaving the unit field unchanged
	 * never wipes the choice.
	 */
	@GetMapping("/handlers")
	String handlers(@AuthenticationPrincipal Actor actor, @RequestParam(name = "unitCode", required = false) String unitCode,
			@RequestParam(name = "co", defaultValue = "false") boolean coHandlers,
			@RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(name = "leadUserId", required = false) List<String> lead,
			@RequestParam(name = "coHandlerIds", required = false) List<String> co, Model model) {
		model.addAttribute("handlers", pickers.handlers(actor, unitCode));
		model.addAttribute("unitGiven", unitCode != null && !unitCode.isBlank());
		model.addAttribute("selected", ids(selected, coHandlers ? co : lead));
		return coHandlers ? "demands/pickers :: coHandlers" : "demands/pickers :: handlers";
	}

	/** The user ids among the values (numbers only: anything else chooses nobody). */
	private static List<Long> ids(List<String> first, List<String> second) {
		java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
		for (List<String> values : java.util.Arrays.asList(first, second)) {
			if (values != null) {
				values.stream().filter(v -> v != null && v.matches("\\d{1,18}")).map(Long::valueOf).forEach(ids::add);
			}
		}
		return List.copyOf(ids);
	}

}
