package org.tongxin.dashboard.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.dashboard.web.DashboardQuery;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.figures.DashboardSection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FilterBar;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work report page: the same question as the dashboard; the report generated from the records,
 * each section's text editable; "check" shows which figures changed since the text was written,
 * "Word" exports the text as edited with those changes flagged. {@code /work-report.docx} exports the
 * generated text as it stands. A viewer without any dashboard section gets 404.
 */
@Controller
class WorkReportController {

	private static final TypeReference<Map<String, String>> SNAPSHOT = new TypeReference<>() {
	};

	/** The longest text a section may be given (a report section is a few paragraphs). */
	static final int MAX_TEXT = 20_000;

	private final Dashboard dashboard;

	private final WorkReports reports;

	private final MessageSource messages;

	private final ReportDrafts drafts;

	WorkReportController(Dashboard dashboard, WorkReports reports, MessageSource messages, ReportDrafts drafts) {
		this.drafts = drafts;
		this.dashboard = dashboard;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/work-report")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String month, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model, HttpServletResponse response) {
		dashboard.requireSections(actor);
		DashboardQuery.typed(model, unit, year, quarter, month, from, to);
		try {
			Dashboard.Asked asked = dashboard.ask(actor, unit, year, quarter, month, from, to);
			Optional<ReportDrafts.Draft> draft = drafts.find(asked);
			if (draft.isPresent()) {
				// the saved texts, checked at once against the figures they were written from
				WorkReport report = reports.generate(actor, asked, draft.get().texts(), locale);
				Map<String, Map<String, String>> snapshots = new HashMap<>();
				draft.get().snapshots().forEach((module, json) -> snapshots.put(module, snapshot("snapshot." + module, json)));
				show(model, asked, report, reports.changes(report, snapshots), unit, draft.get().snapshots());
				model.addAttribute("draft", draft.get());
			}
			else {
				show(model, asked, reports.generate(actor, asked, Map.of(), locale), List.of(), unit, Map.of());
			}
		}
		catch (Rejection rejection) {
			FilterBar.refused(rejection, messages, locale, model, response);
		}
		return "dashboard/work-report";
	}

	/**
	 * Checks the edited texts' figures against the records (action=check), exports them (action=docx),
	 * saves them as the draft of the unit and period (action=save), or discards that draft
	 * (action=discard); saving and discarding lead back to the report's page.
	 */
	@PostMapping("/work-report")
	String edited(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		dashboard.requireSections(actor);
		Dashboard.Asked asked = dashboard.ask(actor, form.get("unit"), form.get("year"), form.get("quarter"),
				form.get("month"), form.get("from"), form.get("to"));
		Map<String, String> texts = new HashMap<>();
		Map<String, Map<String, String>> snapshots = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("text.")) {
				if (value.length() > MAX_TEXT) {
					throw new Rejection(key, "report.work.error.tooLong", MAX_TEXT);
				}
				texts.put(key.substring(5), value);
			}
			else if (key.startsWith("snapshot.")) {
				snapshots.put(key.substring(9), snapshot(key, value));
			}
		});
		if ("save".equals(form.get("action")) || "discard".equals(form.get("action"))) {
			if ("save".equals(form.get("action"))) {
				// only the sections of this viewer's report: any other name in the form is not a section
				Map<String, String> sectionTexts = new HashMap<>();
				Map<String, String> sentSnapshots = new HashMap<>();
				dashboard.sections(actor).stream().map(DashboardSection::module).filter(texts::containsKey).forEach(module -> {
					sectionTexts.put(module, texts.get(module));
					sentSnapshots.put(module, form.getOrDefault("snapshot." + module, "{}"));
				});
				drafts.save(asked, sectionTexts, sentSnapshots, actor);
			}
			else {
				drafts.discard(asked);
			}
			redirect.addFlashAttribute("flash", "save".equals(form.get("action")) ? "report.work.draftSaved"
					: "report.work.draftDiscarded");
			return "redirect:" + again(form);
		}
		WorkReport report = reports.generate(actor, asked, texts, locale);
		List<WorkReport.Change> changes = reports.changes(report, snapshots);
		if ("docx".equals(form.get("action"))) {
			download(report, changes, locale, response);
			return null;
		}
		DashboardQuery.typed(model, form.get("unit"), form.get("year"), form.get("quarter"), form.get("month"), form.get("from"),
				form.get("to"));
		// the snapshots stay those the texts were written from, so that a second check still flags
		Map<String, String> sent = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("snapshot.")) {
				sent.put(key.substring(9), value);
			}
		});
		show(model, asked, report, changes, form.get("unit"), sent);
		model.addAttribute("checked", true);
		return "dashboard/work-report";
	}

	/** The generated report as a Word document, for the question of the page. */
	@GetMapping("/work-report.docx")
	void docx(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String month, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
		Dashboard.Asked asked = dashboard.askForDownload(actor, unit, year, quarter, month, from, to);
		download(reports.generate(actor, asked, Map.of(), locale), List.of(), locale, response);
	}

	/** The report's page for the same question as the form. */
	private static String again(Map<String, String> form) {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder
			.fromPath("/work-report");
		for (String name : List.of("unit", "year", "quarter", "month", "from", "to")) {
			String value = form.get(name);
			if (value != null && !value.isBlank()) {
				uri.queryParam(name, value);
			}
		}
		return uri.encode().build().toUriString();
	}

	private void download(WorkReport report, List<WorkReport.Change> changes, Locale locale, HttpServletResponse response)
			throws IOException {
		WorkReportDocx.send(report, changes, messages, locale, response);
	}


	private static Map<String, String> snapshot(String field, String json) {
		try {
			Map<String, String> values = JsonMapper.shared().readValue(json, SNAPSHOT);
			return values == null ? Map.of() : values;
		}
		catch (RuntimeException ex) {
			throw new Rejection(field, "report.work.error.snapshot");
		}
	}

	private void show(Model model, Dashboard.Asked asked, WorkReport report, List<WorkReport.Change> changes, String unit,
			Map<String, String> sentSnapshots) {
		model.addAttribute("asked", asked);
		model.addAttribute("report", report);
		model.addAttribute("changes", changes);
		DashboardQuery.of(asked).show(model, asked, unit);
		Map<String, String> snapshots = new HashMap<>();
		report.sections().forEach(s -> snapshots.put(s.module(), sentSnapshots.containsKey(s.module())
				? sentSnapshots.get(s.module()) : JsonMapper.shared().writeValueAsString(s.snapshot())));
		model.addAttribute("snapshotJson", snapshots);
		Map<String, org.tongxin.dashboard.web.SectionView> views = new HashMap<>();
		report.sections().forEach(s -> views.put(s.module(), org.tongxin.dashboard.web.SectionView.of(s.figures(), messages,
				org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		model.addAttribute("views", views);
	}

}
