package org.tongxin.members.posts;

import java.util.Arrays;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;

/**
 * A person's posts: the section the detail page loads (htmx asks for the fragment; without htmx
 * the same address is a page of its own, where the forms also come back with their errors), and
 * the add, edit and end forms, which redirect to the person with a flash message.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class PostPageController {

	private final RepresentativePosts posts;

	PostPageController(RepresentativePosts posts) {
		this.posts = posts;
	}

	@GetMapping("/members/{id}/posts")
	String section(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			Htmx htmx, Model model) {
		model.addAttribute("form", new PostForm());
		page(actor, id, model);
		return htmx.view("members/posts", "posts");
	}

	@PostMapping("/members/{id}/posts")
	@Requires(Privilege.MEMBER_MANAGE)
	String add(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") PostForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			posts.add(actor, id, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("flash", "post.flash.added");
		return "redirect:/members/" + id;
	}

	@GetMapping("/members/posts/{postId}/edit")
	@Requires(Privilege.MEMBER_MANAGE)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long postId, Model model) {
		PostLine post = posts.post(actor, postId);
		model.addAttribute("form", PostForm.of(post));
		model.addAttribute("editing", postId);
		return page(actor, post.personId(), model);
	}

	@PostMapping("/members/posts/{postId}/edit")
	@Requires(Privilege.MEMBER_MANAGE)
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long postId, @ModelAttribute("form") PostForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		PostLine post = posts.post(actor, postId);
		try {
			posts.edit(actor, postId, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return editAgain(actor, post, model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			binding.reject("post.stale", "post.stale");
			return editAgain(actor, post, model);
		}
		redirect.addFlashAttribute("flash", "post.flash.saved");
		return "redirect:/members/" + post.personId();
	}

	@PostMapping("/members/posts/{postId}/end")
	@Requires(Privilege.MEMBER_MANAGE)
	String end(@AuthenticationPrincipal Actor actor, @PathVariable long postId,
			@RequestParam(required = false) String endedOn, Model model, RedirectAttributes redirect) {
		PostLine post = posts.post(actor, postId);
		try {
			posts.end(actor, postId, endedOn);
		}
		catch (Rejection rejection) {
			model.addAttribute("form", new PostForm());
			model.addAttribute("endProblem", rejection.problems().get(0));
			model.addAttribute("ending", postId);
			return page(actor, post.personId(), model);
		}
		redirect.addFlashAttribute("flash", "post.flash.ended");
		return "redirect:/members/" + post.personId();
	}

	private String editAgain(Actor actor, PostLine post, Model model) {
		model.addAttribute("editing", post.id());
		return page(actor, post.personId(), model);
	}

	private String page(Actor actor, long personId, Model model) {
		model.addAttribute("posts", posts.of(actor, personId));
		model.addAttribute("canManage", actor.can(Privilege.MEMBER_MANAGE));
		model.addAttribute("kinds", Arrays.stream(PostKind.values()).map(Enum::name).toList());
		model.addAttribute("levels", Arrays.stream(PostLevel.values()).map(Enum::name).toList());
		return "members/posts";
	}

}
