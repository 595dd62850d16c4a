package org.tongxin.dashboard.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.shared.security.Actor;

/** The generated work report for scripts: the same question and rules as the dashboard. */
@RestController
@Tag(name = "Work report", description = "The work report written from the records, as a Word document (工作报告).")
class WorkReportApiController {

	private final Dashboard dashboard;

	private final WorkReports reports;

	private final MessageSource messages;

	WorkReportApiController(Dashboard dashboard, WorkReports reports, MessageSource messages) {
		this.dashboard = dashboard;
		this.reports = reports;
		this.messages = messages;
	}

	@Operation(summary = "The work report of a unit and a period as a Word document", description = """
			The dashboard's privileges (any of MEMBER_VIEW, DEMAND_VIEW, PROPOSAL_VIEW; none: 404) and question:
			`unit` (code or name within the caller's scope; an unknown one and one outside the scope are the same
			404), `year` with `quarter` or `month`, or `from`..`to`; default the current year. The report as
			generated now: for each of the three actions each section's text in the reports' words, the table of
			its figures (each value a link to its records) and its charts as native Word charts (chart parts
			with their data, editable). Language by `Accept-Language`. A bad value is 400 naming its field.
			""")
	@GetMapping(value = "/api/v1/work-report.docx",
			produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
	void docx(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String month, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
		Dashboard.Asked asked = dashboard.askForDownload(actor, unit, year, quarter, month, from, to);
		WorkReportDocx.send(reports.generate(actor, asked, Map.of(), locale), List.of(), messages, locale, response);
	}

}
