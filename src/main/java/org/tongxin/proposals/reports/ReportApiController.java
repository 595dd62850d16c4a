package org.tongxin.proposals.reports;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.CappedPage;

/**
 * Public-opinion reports for other systems and apps, with the same rules as the pages: out of sight
 * 404, a staff step without PROPOSAL_REVIEW 403, a refused step 400 naming the field, a stale
 * version 409. Levels and dates come as text (CITY, 2026-11-29) and are checked naming the field.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Public-opinion reports (社情民意信息): submit, edit, accept or decline, forward upward, adoptions and leader instructions.")
class ReportApiController {

	private final ReportWorkflow workflow;

	private final ReportViews views;

	private final ReportQuery query;

	private final TypicalReports typical;

	ReportApiController(ReportWorkflow workflow, ReportViews views, ReportQuery query, TypicalReports typical) {
		this.typical = typical;
		this.workflow = workflow;
		this.views = views;
		this.query = query;
	}

	record PageAnswer(List<ReportRow> content, int page, int size, long total, boolean totalCapped) {
	}

	record Create(String categoryCode, String title, String body) {
	}

	record Edit(Long version, String title, String body) {
	}

	record Versioned(Long version) {
	}

	record Note(String note) {
	}

	record Decline(Long version, String reason) {
	}

	record Forward(String level, String recipient, String forwardedOn) {
	}

	record Adoption(String level, String adoptedBy, String adoptedOn) {
	}

	record Instruction(String level, String post, String instruction, String instructedOn) {
	}

	@Operation(summary = "The reports the caller may see", description = """
			Newest first. Filters: `status` (SUBMITTED, ACCEPTED, DECLINED), `category`, `year` (submitted),
			`level` (adopted at: DISTRICT, CITY, PROVINCE, NATIONAL), `unit` (code or name: the reporter's unit and
			below), `from`..`to` (submission dates, yyyy-MM-dd; the reports a figure counts); `page`, `size`
			(default 20). Counts exact
			up to 1,000. Who sees a report: its author, the reporter person's login, the office accounts of a
			reporting unit, and PROPOSAL_VIEW or PROPOSAL_REVIEW holders whose scope admits the reporter's unit.
			Reports are never public.
			""")
	@GetMapping
	PageAnswer list(@AuthenticationPrincipal Actor actor, @ParameterObject ReportFilterForm filter,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		CappedPage<ReportRow> page = query.page(actor, filter.toFilter(), filter.getPage(), size, locale);
		return new PageAnswer(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.isTotalCapped());
	}

	@Operation(summary = "Submit a report", description = """
			A member reports as their person (counted to their unit); an office account reports in its home unit's
			name. Body: `categoryCode`, `title` (≤ 100), `body` (≤ 5000), all required, no markup. 201; its
			number is `XX` + year + six digits.
			""")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReportDetail> create(@AuthenticationPrincipal Actor actor, @RequestBody Create body, Locale locale) {
		long id = workflow.submit(actor, body.categoryCode(), body.title(), body.body());
		return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(actor, id, locale));
	}

	@Operation(summary = "A report", description = """
			Its submitted and edited texts, forwards, adoptions, instructions, history and the caller's `steps`. 404 when the caller may not see it.
			""")
	@GetMapping("/{id}")
	ReportDetail detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "A report's history", description = """
			Who did what, when.
			""")
	@GetMapping("/{id}/events")
	List<ReportEvent> events(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return views.events(actor, id);
	}

	@Operation(summary = "Edit the text (the submitted text stays)", description = """
			PROPOSAL_REVIEW; not on a declined report. Body: `version`, `title`, `body`. The edited text is what goes upward. A report the caller may not see is a 404; a step without PROPOSAL_REVIEW a 403; a step out of turn a 400 naming `status` or the level; a stale `version` a 409.
			""")
	@PostMapping("/{id}/edit")
	ReportDetail edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Edit body, Locale locale) {
		workflow.edit(actor, id, body.version(), body.title(), body.body());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Accept a submitted report (采用编发)", description = """
			PROPOSAL_REVIEW. Body: `version`. A report the caller may not see is a 404; a step without PROPOSAL_REVIEW a 403; a step out of turn a 400 naming `status` or the level; a stale `version` a 409.
			""")
	@PostMapping("/{id}/accept")
	ReportDetail accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Versioned body,
			Locale locale) {
		workflow.accept(actor, id, body.version());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Decline a submitted report (不予采用)", description = """
			PROPOSAL_REVIEW. Body: `version`, `reason` (required). Final. A report the caller may not see is a 404; a step without PROPOSAL_REVIEW a 403; a step out of turn a 400 naming `status` or the level; a stale `version` a 409.
			""")
	@PostMapping("/{id}/decline")
	ReportDetail decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decline body,
			Locale locale) {
		workflow.decline(actor, id, body.version(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Mark a report as typical (典型案例)", description = """
			PROPOSAL_REVIEW, at any status. Body: `note` (required, at most 500 characters, no markup): what makes
			the report typical; the work report of its unit and period quotes it. Marking again rewrites the note.
			Told in the report's history. 400 naming `note` with the reason; a report the caller may not see is a
			404, a caller without PROPOSAL_REVIEW a 403.
			""")
	@PutMapping("/{id}/typical")
	ReportDetail markTypical(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Note body,
			Locale locale) {
		typical.mark(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Take a report's typical mark off", description = """
			PROPOSAL_REVIEW. A report that was not marked is left as it is. A report the caller may not see is a
			404, a caller without PROPOSAL_REVIEW a 403.
			""")
	@DeleteMapping("/{id}/typical")
	ReportDetail unmarkTypical(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		typical.unmark(actor, id);
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Record an accepted report forwarded upward (报送)", description = """
			PROPOSAL_REVIEW, once per level. Body: `level` (CITY, PROVINCE, NATIONAL), `recipient`,
			`forwardedOn` (not in the future, not before the report was submitted, not after that level's
			adoption; the refusal names the other date). A report the caller may not see is a 404; a step without PROPOSAL_REVIEW a 403; a step out of turn a 400 naming `status` or the level; a stale `version` a 409.
			""")
	@PostMapping("/{id}/forward")
	ReportDetail forward(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Forward body,
			Locale locale) {
		workflow.forward(actor, id, body.level(), body.recipient(), body.forwardedOn());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Record an adoption (采用)", description = """
			PROPOSAL_REVIEW, once per level. Body: `level` (DISTRICT, CITY, PROVINCE, NATIONAL), `adoptedBy`
			(e.g. 《乐山社情民意》), `adoptedOn` (not in the future, not before submission, not before that level's
			forward). A report the caller may not see is a 404; a step without PROPOSAL_REVIEW a 403; a step out of turn a 400 naming `status` or the level; a stale `version` a 409.
			""")
	@PostMapping("/{id}/adoptions")
	ReportDetail adopt(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Adoption body,
			Locale locale) {
		workflow.adopt(actor, id, body.level(), body.adoptedBy(), body.adoptedOn());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Record a leader's instruction (批示)", description = """
			PROPOSAL_REVIEW. Body: `level`, `post` (e.g. 市委副书记), `instruction`, `instructedOn` (not in the
			future, not before submission). A report the caller may not see is a 404; a step without PROPOSAL_REVIEW a 403; a step out of turn a 400 naming `status` or the level; a stale `version` a 409.
			""")
	@PostMapping("/{id}/instructions")
	ReportDetail instruct(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Instruction body,
			Locale locale) {
		workflow.instruct(actor, id, body.level(), body.post(), body.instruction(), body.instructedOn());
		return views.detail(actor, id, locale);
	}

}
