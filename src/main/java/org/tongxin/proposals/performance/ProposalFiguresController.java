package org.tongxin.proposals.performance;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.org.UnitPicker;
import org.tongxin.proposals.decisions.Issuer;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FilterBar;
import org.tongxin.shared.web.XlsxDownload;

/**
 * {@code /proposal-figures} (PROPOSAL_VIEW): 建言献策统计 of a unit and period, its workbook and its
 * API. A bad year or date re-shows the filter with the reason next to the field (400).
 */
@Controller
@Requires(Privilege.PROPOSAL_VIEW)
class ProposalFiguresController {

	private final ProposalFigureReport report;

	private final MessageSource messages;

	ProposalFiguresController(ProposalFigureReport report, MessageSource messages) {
		this.report = report;
		this.messages = messages;
	}

	@GetMapping("/proposal-figures")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model, HttpServletResponse response) {
		model.addAttribute("unitFilter", unit == null ? "" : unit.strip());
		FilterBar.period(model, year, from, to);
		model.addAttribute("columns", ProposalFiguresSheet.COLUMNS);
		model.addAttribute("issuers", Issuer.values());
		try {
			ProposalFigures figures = report.figures(actor, unit, year, from, to);
			model.addAttribute("figures", figures);
			if (unit != null && !unit.isBlank()) {
				model.addAttribute("unitFilter", UnitPicker.label(figures.unitCode(), figures.unitName()));
			}
		}
		catch (Rejection rejection) {
			FilterBar.refused(rejection, messages, locale, model, response);
		}
		return "proposal-performance/figures";
	}

	@GetMapping("/proposal-figures.xlsx")
	void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
		ProposalFigures figures = report.figures(actor, unit, year, from, to);
		String period = figures.from() + "_" + figures.to();
		ProposalFiguresSheet.write(figures, messages, locale, XlsxDownload.open(response,
				"proposal-figures-" + figures.unitCode() + "-" + period, "建言献策统计-" + figures.unitName() + "-" + period));
	}

}
