package org.tongxin.members.talent;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.members.talent.TalentForms.NewTagForm;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;

/**
 * The tag vocabulary: everyone with MEMBER_VIEW sees it with how many people in their scope hold
 * each tag (linked to the member list filtered by it); department staff add and deactivate tags.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class TagAdminController {

	private final TalentTags tags;

	TagAdminController(TalentTags tags) {
		this.tags = tags;
	}

	@GetMapping("/members/talent/tags")
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("tagForm", new NewTagForm());
		return page(actor, model);
	}

	@PostMapping("/members/talent/tags")
	@Requires(Privilege.MEMBER_MANAGE)
	String add(@AuthenticationPrincipal Actor actor, @ModelAttribute("tagForm") NewTagForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			tags.add(actor, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.tagAdded");
		return "redirect:/members/talent/tags";
	}

	@PostMapping("/members/talent/tags/{code}/active")
	@Requires(Privilege.MEMBER_MANAGE)
	String setActive(@AuthenticationPrincipal Actor actor, @PathVariable String code,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		tags.setActive(actor, code, active);
		redirect.addFlashAttribute("flash", active ? "talent.flash.tagActivated" : "talent.flash.tagDeactivated");
		return "redirect:/members/talent/tags";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("tags", tags.vocabulary(actor));
		model.addAttribute("canKeep", actor.can(Privilege.MEMBER_MANAGE) && actor.scope() == DataScope.ALL);
		return "members/talent-tags";
	}

}
