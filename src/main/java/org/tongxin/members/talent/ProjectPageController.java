package org.tongxin.members.talent;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.members.MemberFilter;
import org.tongxin.members.internal.MemberRegistry;
import org.tongxin.members.talent.TalentForms.EnrolForm;
import org.tongxin.members.talent.TalentForms.ProjectForm;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;

/**
 * The elite project list: every project with the people in the actor's scope enrolled in it, a
 * form to enrol someone (found by name, pinyin or initials among the people in scope; the choice
 * carries their number), and for department staff a form for a new project.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class ProjectPageController {

	private final EliteProjects projects;

	private final MemberRegistry registry;

	ProjectPageController(EliteProjects projects, MemberRegistry registry) {
		this.projects = projects;
		this.registry = registry;
	}

	/** People in the actor's scope matching the typed text, as datalist options (value: their number). */
	@GetMapping("/members/talent/people")
	String people(@AuthenticationPrincipal Actor actor, @RequestParam(name = "personId", required = false) String text,
			Model model) {
		boolean typed = text != null && !text.isBlank() && !text.strip().matches("#?\\d+");
		model.addAttribute("people", typed
				? registry.search(actor, new MemberFilter(text, null, null, null, null, null, null, null, null), 0, 10)
					.getContent()
				: java.util.List.of());
		return "members/talent-projects :: people";
	}

	@GetMapping("/members/talent/projects")
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		return page(actor, model);
	}

	@PostMapping("/members/talent/projects")
	@Requires(Privilege.MEMBER_MANAGE)
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("projectForm") ProjectForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			projects.create(actor, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.projectCreated");
		return "redirect:/members/talent/projects";
	}

	/** Enrols a person given by number; an unknown or out-of-scope number is answered next to the field. */
	@PostMapping("/members/talent/projects/enrol")
	@Requires(Privilege.MEMBER_MANAGE)
	String enrol(@AuthenticationPrincipal Actor actor, @ModelAttribute("enrolForm") EnrolForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			projects.enrol(actor, required(form), person(form.getPersonId()), form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, model);
		}
		catch (NotFoundException unknown) {
			binding.rejectValue("personId", "talent.person.unknown", new Object[] { form.getPersonId() },
					"talent.person.unknown");
			return page(actor, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.enrolled");
		return "redirect:/members/talent/projects";
	}

	private static long required(EnrolForm form) {
		if (form.getProjectId() == null) {
			throw new Rejection("projectId", "talent.field.required");
		}
		return form.getProjectId();
	}

	private static long person(String text) {
		String digits = text == null ? "" : text.strip().replaceFirst("^#", "");
		try {
			return Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			throw new Rejection("personId", digits.isEmpty() ? "talent.field.required" : "talent.person.number");
		}
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("projects", projects.list(actor));
		model.addAttribute("canManage", actor.can(Privilege.MEMBER_MANAGE));
		model.addAttribute("canKeep", actor.can(Privilege.MEMBER_MANAGE) && actor.scope() == DataScope.ALL);
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", new ProjectForm());
		}
		if (!model.containsAttribute("enrolForm")) {
			model.addAttribute("enrolForm", new EnrolForm());
		}
		return "members/talent-projects";
	}

}
