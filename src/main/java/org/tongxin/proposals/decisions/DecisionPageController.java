package org.tongxin.proposals.decisions;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

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
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.PageSize;
import org.tongxin.shared.web.Pager;

/** The decision pages: the list with its filters, a decision's page, and the new and edit forms. */
@Controller
@RequestMapping("/decisions")
class DecisionPageController {

	private final DecisionBook book;

	private final Clock clock;

	DecisionPageController(DecisionBook book, Clock clock) {
		this.book = book;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String jump, Model model) {
		ListFilter filter;
		try {
			filter = ListFilter.of(year, issuer);
		}
		catch (Rejection rejection) {
			model.addAttribute("filterProblem", rejection.problems().get(0).code());
			filter = new ListFilter(null, null);
		}
		int thisYear = OfficeTime.today(clock).getYear();
		// decisions are few (tens a year): read whole, shown a page at a time
		List<DecisionRow> rows = book.list(actor, filter.year(), filter.issuer());
		Pager pager = Pager.of(page, jump, size).describe(model);
		model.addAttribute("rows", rows);
		model.addAttribute("page", pager.show((number, perPage) -> PageSize.slice(rows, number, perPage)));
		model.addAttribute("totalCapped", rows.size() >= DecisionBook.LIST_LIMIT);
		model.addAttribute("listUrl", listUrl(filter, pager.size()));
		model.addAttribute("filter", filter);
		model.addAttribute("years", IntStream.rangeClosed(0, 9).map(i -> thisYear - i).boxed().toList());
		model.addAttribute("issuers", List.of(Issuer.values()));
		model.addAttribute("canManage", actor.can(Privilege.DECISION_MANAGE));
		model.addAttribute("limit", DecisionBook.LIST_LIMIT);
		return "decisions/list";
	}

	/** The list with these filters and size (no page), for the pagination links. */
	private static String listUrl(ListFilter filter, int pageSize) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/decisions");
		if (filter.year() != null) {
			url.queryParam("year", filter.year());
		}
		if (filter.issuer() != null) {
			url.queryParam("issuer", filter.issuer().name());
		}
		return url.queryParam("size", pageSize).build().toUriString();
	}

	@GetMapping("/new")
	@Requires(Privilege.DECISION_MANAGE)
	String newForm(Model model) {
		DecisionForm form = new DecisionForm();
		form.setDecidedOn(OfficeTime.today(clock).toString());
		model.addAttribute("form", form);
		return form(model, null);
	}

	@PostMapping
	@Requires(Privilege.DECISION_MANAGE)
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") DecisionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			Decision created = book.create(actor, form.toDraft());
			redirect.addFlashAttribute("flash", "decision.created");
			return "redirect:/decisions/" + created.id();
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		DecisionDetail d = book.detail(actor, id);
		model.addAttribute("d", d);
		model.addAttribute("timelines", ResultTimeline.of(d));
		// a refused form posted from this page comes back as a flash attribute, with its errors
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", new LinkForm());
		}
		if (!model.containsAttribute("resultForm")) {
			model.addAttribute("resultForm", new ResultForm());
		}
		if (!model.containsAttribute("updateForm")) {
			model.addAttribute("updateForm", new UpdateForm());
		}
		return "decisions/detail";
	}

	@GetMapping("/{id}/edit")
	@Requires(Privilege.DECISION_MANAGE)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("form", DecisionForm.of(book.decision(actor, id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	@Requires(Privilege.DECISION_MANAGE)
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") DecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			book.edit(actor, id, form.toDraft());
			redirect.addFlashAttribute("flash", "decision.changed");
			return "redirect:/decisions/" + id;
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return form(model, id);
		}
	}

	private static String form(Model model, Long id) {
		model.addAttribute("decisionId", id);
		model.addAttribute("issuers", List.of(Issuer.values()));
		return "decisions/form";
	}

}
