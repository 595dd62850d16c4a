package org.tongxin.members.awards;

import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;

/**
 * A person's awards (荣誉): the section the detail page loads (htmx asks for the fragment; without
 * htmx the same address is a page of its own, where the add form comes back with its errors), and
 * the add and remove forms, which redirect to the person with a flash message.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class AwardPageController {

	private final PersonAwards awards;

	AwardPageController(PersonAwards awards) {
		this.awards = awards;
	}

	@GetMapping("/members/{id}/awards")
	String section(@AuthenticationPrincipal Actor actor, @PathVariable long id, Htmx htmx, Model model) {
		model.addAttribute("form", new AwardForm());
		page(actor, id, model);
		return htmx.view("members/awards", "awards");
	}

	@PostMapping("/members/{id}/awards")
	@Requires(Privilege.MEMBER_MANAGE)
	String add(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") AwardForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			awards.add(actor, id, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("flash", "award.flash.added");
		return "redirect:/members/" + id;
	}

	@PostMapping("/members/awards/{awardId}/remove")
	@Requires(Privilege.MEMBER_MANAGE)
	String remove(@AuthenticationPrincipal Actor actor, @PathVariable long awardId, RedirectAttributes redirect) {
		long personId = awards.remove(actor, awardId);
		redirect.addFlashAttribute("flash", "award.flash.removed");
		return "redirect:/members/" + personId;
	}

	private String page(Actor actor, long personId, Model model) {
		model.addAttribute("awards", awards.of(actor, personId));
		model.addAttribute("canManage", actor.can(Privilege.MEMBER_MANAGE));
		model.addAttribute("levels", Arrays.stream(AwardLevel.values()).map(Enum::name).toList());
		return "members/awards";
	}

}
