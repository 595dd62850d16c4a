package org.tongxin.members.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberPage;
import org.tongxin.members.MemberRow;
import org.tongxin.members.internal.LiaisonPicker;
import org.tongxin.members.internal.MemberRegistry;
import org.tongxin.members.talent.TalentTags;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FilteredList;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;

/**
 * The member list (one endpoint: the whole page, or only the results for htmx filter requests),
 * and the new-person form.
 */
@Controller
@RequestMapping("/members")
@Requires(Privilege.MEMBER_VIEW)
class MemberListController {

	private final MemberRegistry registry;

	private final TalentTags talentTags;

	private final LiaisonPicker liaisons;

	private final MemberCategories categories;

	MemberListController(MemberRegistry registry, TalentTags talentTags, LiaisonPicker liaisons,
			MemberCategories categories) {
		this.categories = categories;
		this.liaisons = liaisons;
		this.registry = registry;
		this.talentTags = talentTags;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") MemberFilterForm filter,
			BindingResult binding, Htmx htmx, Model model) {
		Page<MemberRow> page = FilteredList.page(filter, binding, "member.filter.number", model, Page.empty(),
				(number, size) -> registry.search(actor, filter.toFilter(), number, size));
		model.addAttribute("page", page);
		model.addAttribute("filterOob", htmx.wantsFragment());
		// the pager says "more than" when the list stopped counting (MemberPage.EXACT_TOTAL_LIMIT)
		model.addAttribute("totalCapped", page instanceof MemberPage capped && capped.isTotalCapped());
		model.addAttribute("listUrl", filter.listUrl(true));
		model.addAttribute("sortUrl", filter.listUrl(false));
		// privileges from the actor, not sec:authorize: each of those looks up beans and parses SpEL on every page
		model.addAttribute("canManage", actor.can(Privilege.MEMBER_MANAGE));
		// without MEMBER_SENSITIVE_VIEW the column holds birth years (IdentityMasking), and says so
		model.addAttribute("birthYearsOnly", !actor.can(Privilege.MEMBER_SENSITIVE_VIEW));
		model.addAttribute("canExport", actor.can(Privilege.MEMBER_EXPORT));
		model.addAttribute("canImport", actor.can(Privilege.MEMBER_IMPORT));
		// every category, inactive ones too: people keep them and may be looked for by them
		model.addAttribute("categories", categories.all());
		if (htmx.wantsFragment()) {
			return "members/list :: results";
		}
		// the filter bar's tag options, only when the bar itself is rendered
		model.addAttribute("talentTags", talentTags.active());
		// suggestions of the organisation filter: where people in the actor's scope hold a post now
		model.addAttribute("organisations", registry.organisations(actor));
		return "members/list";
	}

	@GetMapping("/new")
	@Requires(Privilege.MEMBER_MANAGE)
	String newForm(Model model) {
		model.addAttribute("form", new MemberForm());
		return form(model);
	}

	@PostMapping
	@Requires(Privilege.MEMBER_MANAGE)
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") MemberForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		long id;
		try {
			id = registry.create(actor, form.toDraft(true, liaisons.resolve(actor, form.getLiaison(), null)));
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding, MemberDetailController.ALIASES);
			return form(model);
		}
		redirect.addFlashAttribute("flash", "member.flash.created");
		return "redirect:/members/" + id;
	}

	private String form(Model model) {
		model.addAttribute("categories", categories.active());
		model.addAttribute("sensitiveShown", true);
		model.addAttribute("genders", List.of("MALE", "FEMALE"));
		return "members/new";
	}

}
