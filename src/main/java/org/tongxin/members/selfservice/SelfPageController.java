package org.tongxin.members.selfservice;

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
import org.tongxin.shared.web.FormErrors;

/**
 * The member's own page (phone first): their profile, the correction form and their requests.
 * A user without a linked profile gets a page that says so; nothing here takes a person's id.
 */
@Controller
class SelfPageController {

	private final SelfProfile profiles;

	SelfPageController(SelfProfile profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal Actor actor, Model model) {
		var own = profiles.ownIfLinked(actor);
		if (own.isEmpty()) {
			return "members/self-none";
		}
		model.addAttribute("own", own.get());
		model.addAttribute("form", SelfCorrectionForm.of(own.get().correctable()));
		return "members/self";
	}

	@PostMapping("/me/corrections")
	String request(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") SelfCorrectionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			profiles.request(actor, form.proposed(), form.getReason());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			model.addAttribute("formOpen", true);
			return page(actor, model);
		}
		redirect.addFlashAttribute("flash", "correction.flash.requested");
		return "redirect:/me";
	}

	@PostMapping("/me/corrections/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		profiles.withdraw(actor, id);
		redirect.addFlashAttribute("flash", "correction.flash.withdrawn");
		return "redirect:/me";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("own", profiles.own(actor));
		return "members/self";
	}

}
