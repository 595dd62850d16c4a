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
import org.tongxin.members.talent.TalentForms.EnrolForm;
import org.tongxin.members.talent.TalentForms.PlanForm;
import org.tongxin.members.talent.TalentForms.TagForm;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;

/**
 * A person's talent section (tags, cultivation plans, elite projects): what the detail page loads
 * with htmx (without htmx the same address is a page of its own, where forms also come back with
 * their errors), and its forms, which redirect to the person with a flash message.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class TalentSectionController {

	private final PersonTalentSection section;

	private final TalentTags tags;

	private final CultivationPlans plans;

	private final EliteProjects projects;

	TalentSectionController(PersonTalentSection section, TalentTags tags, CultivationPlans plans, EliteProjects projects) {
		this.section = section;
		this.tags = tags;
		this.plans = plans;
		this.projects = projects;
	}

	@GetMapping("/members/{id}/talent")
	String section(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			Htmx htmx, Model model) {
		page(actor, id, model);
		return htmx.view("members/talent", "talent");
	}

	@PostMapping("/members/{id}/tags")
	@Requires(Privilege.MEMBER_MANAGE)
	String tag(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("tagForm") TagForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			tags.assign(actor, id, form.getCode(), form.getNote());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.tagged");
		return "redirect:/members/" + id;
	}

	@PostMapping("/members/{id}/tags/{code}/remove")
	@Requires(Privilege.MEMBER_MANAGE)
	String untag(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable String code,
			RedirectAttributes redirect) {
		tags.remove(actor, id, code);
		redirect.addFlashAttribute("flash", "talent.flash.untagged");
		return "redirect:/members/" + id;
	}

	@PostMapping("/members/{id}/plans")
	@Requires(Privilege.MEMBER_MANAGE)
	String createPlan(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("planForm") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		TalentViews.Plan plan;
		try {
			plan = plans.create(actor, id, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.planCreated");
		return "redirect:/members/talent/plans/" + plan.id();
	}

	@PostMapping("/members/{id}/projects")
	@Requires(Privilege.MEMBER_MANAGE)
	String enrol(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("enrolForm") EnrolForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			if (form.getProjectId() == null) {
				throw new Rejection("projectId", "talent.field.required");
			}
			projects.enrol(actor, form.getProjectId(), id, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.enrolled");
		return "redirect:/members/" + id;
	}

	/** Removes an enrolment; {@code back=projects} returns to the project list it was started from. */
	@PostMapping("/members/{id}/projects/{projectId}/remove")
	@Requires(Privilege.MEMBER_MANAGE)
	String unenrol(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long projectId,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		projects.remove(actor, projectId, id);
		redirect.addFlashAttribute("flash", "talent.flash.unenrolled");
		return "projects".equals(back) ? "redirect:/members/talent/projects" : "redirect:/members/" + id;
	}

	private String page(Actor actor, long id, Model model) {
		model.addAttribute("talent", section.of(actor, id));
		model.addAttribute("canManage", actor.can(Privilege.MEMBER_MANAGE));
		if (!model.containsAttribute("tagForm")) {
			model.addAttribute("tagForm", new TagForm());
		}
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", new PlanForm());
		}
		if (!model.containsAttribute("enrolForm")) {
			model.addAttribute("enrolForm", new EnrolForm());
		}
		model.addAttribute("statuses", PlanStatus.values());
		return "members/talent";
	}

}
