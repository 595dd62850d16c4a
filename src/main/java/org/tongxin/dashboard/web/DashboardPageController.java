package org.tongxin.dashboard.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.figures.DashboardSection;
import org.tongxin.shared.figures.WorkAction;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FilterBar;

/**
 * The dashboard page: the filter bar (unit, year, quarter or month, or from..to) and, for each
 * action, a place per module section the viewer may see, each loaded on its own
 * ({@code /dashboard/sections/{module}}) with the same question. A viewer without any section gets
 * 404, as for a page that is not theirs. A bad value re-shows the bar with the reason (400).
 */
@Controller
class DashboardPageController {

	private final Dashboard dashboard;

	private final MessageSource messages;

	DashboardPageController(Dashboard dashboard, MessageSource messages) {
		this.dashboard = dashboard;
		this.messages = messages;
	}

	@GetMapping("/dashboard")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String month, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model, HttpServletResponse response) {
		dashboard.requireSections(actor);
		List<DashboardSection> sections = dashboard.sections(actor);
		DashboardQuery.typed(model, unit, year, quarter, month, from, to);
		try {
			Dashboard.Asked asked = dashboard.ask(actor, unit, year, quarter, month, from, to);
			model.addAttribute("asked", asked);
			DashboardQuery.of(asked).show(model, asked, unit);
			Map<WorkAction, List<String>> byAction = new LinkedHashMap<>();
			sections.forEach(s -> byAction.computeIfAbsent(s.action(), a -> new java.util.ArrayList<>()).add(s.module()));
			model.addAttribute("byAction", byAction);
		}
		catch (Rejection rejection) {
			FilterBar.refused(rejection, messages, locale, model, response);
		}
		return "dashboard/dashboard";
	}

	/** Every section's tables as a workbook, for the question of the page. */
	@GetMapping("/dashboard.xlsx")
	void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String month, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws java.io.IOException {
		Dashboard.Asked asked = dashboard.askForDownload(actor, unit, year, quarter, month, from, to);
		DashboardSheet.write(asked, dashboard.all(actor, asked), messages, locale, org.tongxin.shared.web.XlsxDownload
			.open(response, "dashboard-" + asked.unit().code(), messages.getMessage("dashboard.sheet.file",
					new Object[] { asked.unit().name(), asked.choice().period().from(), asked.choice().period().to() },
					locale)));
	}

	/** One module's section for the question of the page (its query string, as the page built it). */
	@GetMapping("/dashboard/sections/{module}")
	String section(@AuthenticationPrincipal Actor actor, @PathVariable String module,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
			@RequestParam(required = false) String quarter, @RequestParam(required = false) String month,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model) {
		Dashboard.Asked asked = dashboard.ask(actor, unit, year, quarter, month, from, to);
		model.addAttribute("view", SectionView.of(dashboard.section(actor, module, asked), messages, locale));
		model.addAttribute("asked", asked);
		return "dashboard/dashboard :: section";
	}

}
