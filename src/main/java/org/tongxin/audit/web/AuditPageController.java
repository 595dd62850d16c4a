package org.tongxin.audit.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.audit.AuditChainVerifier;
import org.tongxin.audit.internal.AuditEntryView;
import org.tongxin.audit.internal.AuditFilter;
import org.tongxin.audit.internal.AuditQuery;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.Htmx;
import org.tongxin.shared.web.Pager;

/**
 * The audit trail for people: one endpoint serves the page and, for htmx, only the rows, so the
 * filter bar updates the table without reloading the page.
 */
@Controller
@RequestMapping("/admin/audit")
@Requires(Privilege.AUDIT_VIEW)
class AuditPageController {

	private static final String PATH = "/admin/audit";

	private final AuditQuery query;

	private final AuditChainVerifier verifier;

	private final MessageSource messages;

	AuditPageController(AuditQuery query, AuditChainVerifier verifier, MessageSource messages) {
		this.query = query;
		this.verifier = verifier;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") AuditFilterForm form,
			BindingResult binding, @RequestParam(required = false) String page, Htmx htmx, Model model, Locale locale) {
		model.addAttribute("targets", new AuditTargets(actor));
		model.addAttribute("detailText", new AuditDetailText(messages, locale));
		model.addAttribute("filterError", binding.hasErrors() ? "audit.filter.invalid" : null);
		model.addAttribute("entries", entries(form, form.pager(page).describe(model), model));
		model.addAttribute("pageUrl", form.listUrl(PATH));
		if (htmx.wantsFragment()) {
			return "audit/list :: rows";
		}
		model.addAttribute("actions", query.actions());
		return "audit/list";
	}

	@PostMapping("/verify")
	String verify(Htmx htmx, Model model,
			RedirectAttributes redirect) {
		var result = verifier.verify();
		if (htmx.request()) {
			model.addAttribute("verification", result);
			return "audit/list :: verification";
		}
		redirect.addFlashAttribute("verification", result);
		return "redirect:" + PATH;
	}

	private Page<AuditEntryView> entries(AuditFilterForm form, Pager pager, Model model) {
		AuditFilter filter;
		try {
			filter = form.toFilter();
		}
		catch (Rejection rejection) {
			model.addAttribute("filterError", rejection.problems().get(0).code());
			return Page.empty();
		}
		return pager.show((number, size) -> query.page(filter, number, size));
	}

}
