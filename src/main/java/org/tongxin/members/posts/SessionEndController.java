package org.tongxin.members.posts;

import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;

/**
 * Ending a session for many people at once, in two steps: the form is checked and answered with
 * how many posts will end (in the actor's scope), and only the confirmation ends them.
 */
@Controller
@RequestMapping("/members/posts/session-end")
@Requires(Privilege.MEMBER_MANAGE)
class SessionEndController {

	private final RepresentativePosts posts;

	SessionEndController(RepresentativePosts posts) {
		this.posts = posts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new SessionEndForm());
		return page(model);
	}

	@PostMapping("/preview")
	String preview(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") SessionEndForm form,
			BindingResult binding, Model model) {
		try {
			model.addAttribute("count", posts.sessionCount(actor, form.toRequest()));
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
		}
		return page(model);
	}

	@PostMapping
	String end(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") SessionEndForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		int ended;
		try {
			ended = posts.endSession(actor, form.toRequest());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(model);
		}
		redirect.addFlashAttribute("ended", ended);
		return "redirect:/members/posts/session-end";
	}

	private String page(Model model) {
		model.addAttribute("kinds", Arrays.stream(PostKind.values()).filter(PostKind::bySession).map(Enum::name).toList());
		model.addAttribute("levels", Arrays.stream(PostLevel.values()).map(Enum::name).toList());
		return "members/session-end";
	}

}
