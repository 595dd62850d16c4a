package org.tongxin.org.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
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
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitManagement;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.internal.UnitDirectory;
import org.tongxin.org.internal.UnitNode;
import org.tongxin.org.internal.UnitReadModel;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.web.FormErrors;

/**
 * Rename, move, add a functional unit, deactivate and reactivate, from the unit's page. Form
 * objects only; a refused change re-renders the form with the reason next to the field; a done
 * one redirects to the unit with a flash message.
 */
@Controller
class UnitFormController {

	private static final List<UnitKind> FUNCTIONAL = List.of(UnitKind.values()).stream().filter(k -> !k.isDivision()).toList();

	private final UnitManagement management;

	private final UnitDirectory directory;

	private final UnitReadModel read;

	private final UnitPicker picker;

	UnitFormController(UnitManagement management, UnitDirectory directory, UnitReadModel read, UnitPicker picker) {
		this.management = management;
		this.directory = directory;
		this.read = read;
		this.picker = picker;
	}

	@GetMapping("/units/{id}/rename")
	String renameForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		UnitNode node = editable(actor, id, model, true);
		RenameForm form = new RenameForm();
		form.setName(node.unit().name());
		form.setVersion(node.version());
		model.addAttribute("renameForm", form);
		return "org/rename";
	}

	@PostMapping("/units/{id}/rename")
	String rename(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute RenameForm renameForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return submit(actor, id, true, result, model, redirect, "org/rename", "unit.flash.renamed", Map.of(),
				() -> management.rename(actor, id, renameForm.getName(), renameForm.getVersion()));
	}

	@GetMapping("/units/{id}/move")
	String moveForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		UnitNode node = editable(actor, id, model, true);
		MoveForm form = new MoveForm();
		form.setVersion(node.version());
		model.addAttribute("moveForm", form);
		return "org/move";
	}

	@PostMapping("/units/{id}/move")
	String move(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute MoveForm moveForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return submit(actor, id, true, result, model, redirect, "org/move", "unit.flash.moved", Map.of("parentId", "parentCode"),
				() -> management.move(actor, id, parentId(actor, moveForm.getParentCode()), moveForm.getVersion()));
	}

	@GetMapping("/units/{id}/new")
	String newForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		editable(actor, id, model, false);
		model.addAttribute("newUnitForm", new NewUnitForm());
		return "org/new";
	}

	@PostMapping("/units/{id}/new")
	String create(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute NewUnitForm newUnitForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return submit(actor, id, false, result, model, redirect, "org/new", "unit.flash.created", Map.of(),
				() -> management.create(actor, id, newUnitForm.getKind(), newUnitForm.getName(), newUnitForm.getCode()));
	}

	@PostMapping("/units/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return switchState(id, redirect, "unit.flash.deactivated", () -> management.deactivate(actor, id, version));
	}

	@PostMapping("/units/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return switchState(id, redirect, "unit.flash.reactivated", () -> management.reactivate(actor, id, version));
	}

	/** A refused switch (e.g. active units below) comes back to the unit's page as an error message. */
	private String switchState(long id, RedirectAttributes redirect, String flash, Supplier<UnitSummary> change) {
		try {
			change.get();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (Rejection rejection) {
			Rejection.FieldProblem problem = rejection.problems().get(0);
			redirect.addFlashAttribute("flashError", problem.code());
			redirect.addFlashAttribute("flashErrorArgs", List.of(problem.args()).stream().map(String::valueOf).toList());
		}
		return "redirect:/units/" + id;
	}

	/** Runs a change unless the form has errors; on success goes to the unit the change returns. */
	private String submit(Actor actor, long id, boolean changing, BindingResult result, Model model,
			RedirectAttributes redirect, String view, String flash, Map<String, String> fields, Supplier<UnitSummary> change) {
		editable(actor, id, model, changing);
		if (!result.hasErrors()) {
			try {
				UnitSummary changed = change.get();
				redirect.addFlashAttribute("flash", flash);
				return "redirect:/units/" + changed.id();
			}
			catch (Rejection rejection) {
				FormErrors.bind(rejection, result, fields);
			}
		}
		return view;
	}

	/**
	 * The unit of a form page, if the actor may change it ({@code changing}: rename, move) or add a
	 * unit under it; the model gets what every form shows.
	 */
	private UnitNode editable(Actor actor, long id, Model model, boolean changing) {
		WebSupport.require(actor, Privilege.UNIT_MANAGE);
		directory.checkVisible(actor, id);
		UnitNode node = read.node(id).orElseThrow(() -> new NotFoundException("unit", id));
		if (changing ? !management.mayChange(actor, node.unit()) : !management.mayAddUnder(actor, node.unit())) {
			throw new AccessDeniedException("Only units below the home unit can be changed");
		}
		model.addAttribute("node", node);
		model.addAttribute("unit", node.unit());
		model.addAttribute("kinds", FUNCTIONAL);
		return node;
	}

	/** The new parent as typed (name or code), within the actor's scope. */
	private long parentId(Actor actor, String typed) {
		return picker.require(actor, UnitPicker.Reach.SCOPE, "parentCode", "units.move.parent", typed).id();
	}

}
