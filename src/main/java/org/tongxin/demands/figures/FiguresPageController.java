package org.tongxin.demands.figures;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FilterBar;
import org.tongxin.shared.web.XlsxDownload;

/**
 * The figures page (filter bar: unit, the period as year or from..to, basis; a table by child unit and one by category)
 * and its workbook. A bad date re-shows the filter bar with the reason next to the field (400).
 */
@Controller
@Requires(Privilege.DEMAND_VIEW)
class FiguresPageController {

	private final DemandFigureReport report;

	private final MessageSource messages;

	private final Clock clock;

	FiguresPageController(DemandFigureReport report, MessageSource messages, Clock clock) {
		this.report = report;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/demands/figures")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basis, Locale locale,
			Model model, HttpServletResponse response) {
		model.addAttribute("unitFilter", unit == null ? "" : unit.trim());
		FilterBar.period(model, year, from, to);
		model.addAttribute("basisFilter", basis == null ? "" : basis.trim());
		model.addAttribute("bases", FigureBasis.values());
		model.addAttribute("columns", FiguresSheet.COLUMNS);
		try {
			DemandFigures figures = report.figures(actor, question(unit, year, from, to, basis), locale);
			model.addAttribute("figures", figures);
			if (!StringUtils.hasText(year)) {
				// the dates the figures cover, defaults included; a year asked stays as typed
				model.addAttribute("fromFilter", figures.from().toString());
				model.addAttribute("toFilter", figures.to().toString());
			}
			model.addAttribute("basisFilter", figures.basis().name());
			if (unit != null && !unit.isBlank()) {
				model.addAttribute("unitFilter", UnitPicker.label(figures.unitCode(), figures.unitName()));
			}
		}
		catch (Rejection rejection) {
			FilterBar.refused(rejection, messages, locale, model, response);
		}
		return "demand-figures/figures";
	}

	@GetMapping("/demands/figures.xlsx")
	void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basis, Locale locale,
			HttpServletResponse response) throws IOException {
		DemandFigures figures = report.figures(actor, question(unit, year, from, to, basis), locale);
		String period = figures.from() + "_" + figures.to();
		FiguresSheet.write(figures, messages, locale, XlsxDownload.open(response, "demand-figures-" + figures.unitCode()
				+ "-" + period, "诉求办理统计-" + figures.unitName() + "-" + period));
	}

	private FigureQuestion question(String unit, String year, String from, String to, String basis) {
		return FigureQuestion.parse(unit, year, from, to, basis, OfficeTime.today(clock));
	}

}
