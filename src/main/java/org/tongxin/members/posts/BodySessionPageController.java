package org.tongxin.members.posts;

import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * The sessions page: the list with each session's seats, a form to record one and, per row, a
 * form to change its term or seats (department only). A refused form comes back with the values
 * typed and the reasons at the fields.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class BodySessionPageController {

	private final BodySessions sessions;

	BodySessionPageController(BodySessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/members/sessions")
	String page(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("sessions", sessions.list(actor));
		model.addAttribute("kinds", Arrays.stream(PostKind.values()).filter(PostKind::bySession).map(Enum::name).toList());
		model.addAttribute("levels", Arrays.stream(PostLevel.values()).map(Enum::name).toList());
		model.addAttribute("canManage", actor.can(Privilege.MEMBER_MANAGE) && actor.scope() == DataScope.ALL);
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new BodySessionDraft("CPPCC", "COUNTY", "", "", "", "", null));
		}
		return "members/sessions";
	}

	@PostMapping("/members/sessions")
	String create(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String level, @RequestParam(required = false) String sessionNumber,
			@RequestParam(required = false) String startedOn, @RequestParam(required = false) String endedOn,
			@RequestParam(required = false) String totalSeats, Model model, RedirectAttributes redirect) {
		BodySessionDraft draft = new BodySessionDraft(kind, level, sessionNumber, startedOn, endedOn, totalSeats, null);
		try {
			sessions.create(actor, draft);
		}
		catch (Rejection rejection) {
			model.addAttribute("draft", draft);
			model.addAttribute("problems", rejection.problems());
			return page(actor, model);
		}
		redirect.addFlashAttribute("flash", "bodySession.flash.created");
		return "redirect:/members/sessions";
	}

	@PostMapping("/members/sessions/{id}")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String startedOn,
			@RequestParam(required = false) String endedOn, @RequestParam(required = false) String totalSeats,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		try {
			sessions.update(actor, id, new BodySessionDraft(null, null, null, startedOn, endedOn, totalSeats, version(version)));
		}
		catch (Rejection rejection) {
			model.addAttribute("editedId", id);
			model.addAttribute("editProblems", rejection.problems());
			return page(actor, model);
		}
		redirect.addFlashAttribute("flash", "bodySession.flash.saved");
		return "redirect:/members/sessions";
	}

	/** The version as typed back by the form; anything else counts as missing (the form always sends it). */
	private static Long version(String text) {
		try {
			return text == null ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

}
