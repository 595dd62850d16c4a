package org.tongxin.members.export;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongxin.members.web.MemberFilterForm;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.XlsxDownload;

/**
 * The list page's "Export to Excel": the file, with the list's filter parameters; and the button
 * itself, re-rendered when the filter bar changes (the bar swaps only the results via htmx, so the
 * button in the page header would otherwise keep the filters of the page load).
 */
@Controller
@RequestMapping("/members")
@Requires({ Privilege.MEMBER_VIEW, Privilege.MEMBER_EXPORT })
class MemberExportController {

	private final MemberExport export;

	MemberExportController(MemberExport export) {
		this.export = export;
	}

	@GetMapping("/export.xlsx")
	void export(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") MemberFilterForm filter, Locale locale,
			HttpServletResponse response) throws IOException {
		export.export(actor, filter.toFilter(), locale, day -> XlsxDownload.open(response, "members-" + day, "统战对象-" + day));
	}

	@GetMapping("/export-link")
	String link(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") MemberFilterForm filter, Model model) {
		model.addAttribute("canExport", actor.can(Privilege.MEMBER_EXPORT));
		return "members/list :: exportLink";
	}

}
