package org.tongxin.members.web;

import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberDetail;
import org.tongxin.members.internal.LiaisonPicker;
import org.tongxin.members.internal.MemberRegistry;
import org.tongxin.members.internal.PersonRules;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;

/** One person: the detail (masked or, for MEMBER_SENSITIVE_VIEW, unmasked and audited) and the edit form. */
@Controller
@RequestMapping("/members/{id}")
@Requires(Privilege.MEMBER_VIEW)
class MemberDetailController {

	/** The liaison rule's field is the form's liaison picker. */
	static final Map<String, String> ALIASES = Map.of(LiaisonPicker.FIELD, "liaison");

	private final MemberRegistry registry;

	private final LiaisonPicker liaisons;

	private final MemberCategories categories;

	MemberDetailController(MemberRegistry registry, LiaisonPicker liaisons, MemberCategories categories) {
		this.categories = categories;
		this.registry = registry;
		this.liaisons = liaisons;
	}

	@GetMapping
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("member", registry.detail(actor, id));
		model.addAttribute("canManage", actor.can(Privilege.MEMBER_MANAGE));
		return "members/detail";
	}

	@GetMapping("/edit")
	@Requires(Privilege.MEMBER_MANAGE)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		MemberDetail member = registry.detail(actor, id);
		MemberForm form = MemberForm.of(member);
		form.setLiaison(liaisons.label(member.liaisonUserId()).orElse(null));
		model.addAttribute("form", form);
		return form(member, model);
	}

	@PostMapping("/edit")
	@Requires(Privilege.MEMBER_MANAGE)
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") MemberForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			// empty removes the liaison; the person's current one stays acceptable
			Long liaison = liaisons.resolve(actor, form.getLiaison(), registry.detail(actor, id).liaisonUserId());
			registry.edit(actor, id, form.toDraft(actor.can(Privilege.MEMBER_SENSITIVE_VIEW),
					liaison == null ? PersonRules.NO_LIAISON : liaison));
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding, ALIASES);
			return form(registry.detail(actor, id), model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			binding.reject("member.stale", "member.stale");
			return form(registry.detail(actor, id), model);
		}
		redirect.addFlashAttribute("flash", "member.flash.saved");
		return "redirect:/members/" + id;
	}

	private String form(MemberDetail member, Model model) {
		model.addAttribute("member", member);
		// the active categories, and the inactive ones the person keeps (offered to nobody else)
		model.addAttribute("categories", categories.all().stream()
			.filter(c -> c.active() || member.categories().contains(c))
			.toList());
		model.addAttribute("sensitiveShown", member.unmasked());
		model.addAttribute("genders", List.of("MALE", "FEMALE"));
		return "members/edit";
	}

}
