package org.tongxin.proposals.performance;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FilterBar;
import org.tongxin.shared.web.XlsxDownload;

/**
 * {@code /performance} (PROPOSAL_VIEW, checked by {@link DutyPerformance}): the ranking of members
 * and organisations for a session or period, its workbook and its API; {@code /performance/me}:
 * any signed-in user's own line. A bad date or year re-shows the filter with the reason (400).
 */
@Controller
class PerformanceController {

	private final DutyPerformance performance;

	private final ScoringSessionStore sessions;

	private final MessageSource messages;

	PerformanceController(DutyPerformance performance, ScoringSessionStore sessions, MessageSource messages) {
		this.performance = performance;
		this.sessions = sessions;
		this.messages = messages;
	}

	@GetMapping("/performance")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String session,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model, HttpServletResponse response) {
		return show(false, actor, session, year, from, to, locale, model, response);
	}

	@GetMapping("/performance/me")
	String mine(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String session,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model, HttpServletResponse response) {
		return show(true, actor, session, year, from, to, locale, model, response);
	}

	@GetMapping("/performance.xlsx")
	void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String session,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
		PerformanceReport report = performance.ranking(actor, session, year, from, to);
		String period = report.from() + "_" + report.to();
		PerformanceSheet.write(report, messages, locale,
				XlsxDownload.open(response, "duty-performance-" + period, "履职积分-" + period));
	}

	private String show(boolean mine, Actor actor, String session, String year, String from, String to, Locale locale,
			Model model, HttpServletResponse response) {
		model.addAttribute("mine", mine);
		model.addAttribute("sessions", sessions.all());
		model.addAttribute("items", ScoreItem.values());
		model.addAttribute("sessionFilter", session == null ? "" : session.strip());
		FilterBar.period(model, year, from, to);
		try {
			PerformanceReport report = mine ? performance.mine(actor, session, year, from, to)
					: performance.ranking(actor, session, year, from, to);
			model.addAttribute("report", report);
			model.addAttribute("groups", List.of(Map.entry("members", report.members()),
					Map.entry("organisations", report.organisations())));
		}
		catch (Rejection rejection) {
			FilterBar.refused(rejection, messages, locale, model, response);
		}
		return "proposal-performance/performance";
	}

}
