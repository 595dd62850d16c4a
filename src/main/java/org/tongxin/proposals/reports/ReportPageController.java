package org.tongxin.proposals.reports;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
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
import org.tongxin.proposals.Level;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.web.CappedPage;
import org.tongxin.shared.web.FilteredList;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;

/**
 * The report list (whole page, or only its results for htmx filter requests), the submission form
 * (phone first) and a report's page. Everyone signed in may open the list and a report in sight;
 * the form is for members with a person and for office accounts (in their unit's name).
 */
@Controller
@RequestMapping("/reports")
class ReportPageController {

	private final ReportQuery query;

	private final ReportViews views;

	private final ReportWorkflow workflow;

	ReportPageController(ReportQuery query, ReportViews views, ReportWorkflow workflow) {
		this.query = query;
		this.views = views;
		this.workflow = workflow;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") ReportFilterForm filter,
			BindingResult binding, Htmx htmx, Model model, Locale locale) {
		CappedPage<ReportRow> page = FilteredList.page(filter, binding, "report.filter.invalid", model,
				new CappedPage<>(List.of(), Pageable.unpaged(), 0, false),
				(number, size) -> query.page(actor, filter.toFilter(), number, size, locale));
		model.addAttribute("page", page);
		model.addAttribute("totalCapped", page.isTotalCapped());
		model.addAttribute("listUrl", filter.listUrl());
		model.addAttribute("own", actor.scope() == DataScope.OWN);
		if (htmx.wantsFragment()) {
			return "reports/list :: results";
		}
		model.addAttribute("categories", query.categories());
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("levels", Level.values());
		return "reports/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("form", new ReportForm());
		return form(actor, model);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") ReportForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		long id;
		try {
			id = workflow.submit(actor, form.getCategoryCode(), form.getTitle(), form.getBody());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(actor, model);
		}
		redirect.addFlashAttribute("flash", "report.flash.submitted");
		return "redirect:/reports/" + id;
	}

	private String form(Actor actor, Model model) {
		model.addAttribute("reporter", workflow.reporterOf(actor));
		model.addAttribute("categories", query.categories());
		return "reports/new";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, Locale locale) {
		ReportDetail r = views.detail(actor, id, locale);
		model.addAttribute("r", r);
		model.addAttribute("timeline", ReportTimeline.of(r));
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new ReportStepForm());
		}
		model.addAttribute("levels", Level.values());
		return "reports/detail";
	}

}
