package org.tongxin.members.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.XlsxDownload;

/**
 * The import pages: upload (with the template and the user's recent imports), the mapping step of
 * a sheet whose headers are not all understood, the preview of a staged import with its bad rows
 * and the choice for people already registered, confirmation and discarding. A refused file or confirmation comes back on the same page with the reason.
 */
@Controller
@Requires(Privilege.MEMBER_IMPORT)
class ImportPageController {

	private final MemberImports imports;

	private final MessageSource messages;

	ImportPageController(MemberImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/members/import")
	String page(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("recent", imports.recent(actor));
		return "members/import";
	}

	@PostMapping("/members/import")
	String upload(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file, Model model)
			throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new Rejection("file", "member.import.file.empty");
			}
			return "redirect:/members/import/" + imports.stage(actor, file.getOriginalFilename(), file.getBytes());
		}
		catch (MappingNeeded needed) {
			// kept, encrypted, for the mapping step rather than refused: the user maps the columns instead of editing the file
			return "redirect:/members/import/" + imports.hold(actor, file.getOriginalFilename(), file.getBytes()) + "/mapping";
		}
		catch (Rejection rejection) {
			model.addAttribute("problem", rejection.problems().get(0));
			model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
			return page(actor, model);
		}
	}

	@GetMapping("/members/import/template.xlsx")
	void template(Locale locale, HttpServletResponse response) throws IOException {
		imports.template(XlsxDownload.open(response, "member-import-template", messages.getMessage(
				"member.import.template.fileName", null, locale)), locale);
	}

	@GetMapping("/members/import/{id}")
	String preview(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ImportPreview preview = imports.preview(actor, id, page);
		if (preview.record().awaitingMapping()) {
			return "redirect:/members/import/" + id + "/mapping";
		}
		model.addAttribute("preview", preview);
		return "members/import-preview";
	}

	@GetMapping("/members/import/{id}/mapping")
	String mapping(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("view", imports.mapping(actor, id));
		return "members/import-mapping";
	}

	/**
	 * The fields chosen for the columns, one parameter {@code col-<index>} per column of the sheet
	 * (a field key, {@code ignore}, or empty: not chosen); other parameters are not read.
	 */
	@PostMapping("/members/import/{id}/mapping")
	String remap(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> params,
			Model model) {
		MappingView view = imports.mapping(actor, id);
		Map<String, String> mapping = new LinkedHashMap<>();
		List<MappingView.Column> chosen = new ArrayList<>();
		for (MappingView.Column c : view.columns()) {
			String value = params.get("col-" + c.index());
			if (value != null && !value.isBlank()) {
				mapping.put(c.header(), value);
			}
			chosen.add(new MappingView.Column(c.index(), c.letter(), c.header(), c.samples(), value));
		}
		try {
			imports.remap(actor, id, mapping);
			return "redirect:/members/import/" + id;
		}
		catch (Rejection rejection) {
			model.addAttribute("problem", rejection.problems().get(0));
			model.addAttribute("view", new MappingView(view.record(), chosen, view.choices()));
			return "members/import-mapping";
		}
	}

	@PostMapping("/members/import/{id}/apply")
	String apply(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String mode,
			@RequestParam(required = false) List<String> confirmRows, Model model, RedirectAttributes redirect) {
		try {
			imports.apply(actor, id, ImportMode.parse(mode), ConfirmedRows.parse(confirmRows));
			redirect.addFlashAttribute("applied", Boolean.TRUE);
			return "redirect:/members/import/" + id;
		}
		catch (Rejection rejection) {
			model.addAttribute("problem", rejection.problems().get(0));
			model.addAttribute("mode", mode);
			model.addAttribute("confirmRows", confirmRows == null ? List.of() : confirmRows);
			return preview(actor, id, 0, model);
		}
	}

	@PostMapping("/members/import/{id}/discard")
	String discard(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			imports.discard(actor, id);
		}
		catch (Rejection rejection) {
			model.addAttribute("problem", rejection.problems().get(0));
			return preview(actor, id, 0, model);
		}
		redirect.addFlashAttribute("flash", "member.import.flash.discarded");
		return "redirect:/members/import";
	}

	@GetMapping("/members/import/{id}/errors.xlsx")
	void errors(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response)
			throws IOException {
		ErrorSheet.Source source = imports.errorSource(actor, id);
		ErrorSheet.write(source, XlsxDownload.open(response, "member-import-errors-" + id,
				messages.getMessage("member.import.errors.fileName", new Object[] { id }, locale)), messages, locale);
	}

}
