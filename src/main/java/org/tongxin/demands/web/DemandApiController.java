package org.tongxin.demands.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;


import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.demands.CaseDetail;
import org.tongxin.demands.CaseRow;
import org.tongxin.demands.Submission;
import org.tongxin.demands.internal.CaseAccess;
import org.tongxin.demands.internal.CaseHistory;
import org.tongxin.demands.internal.CaseQuery;
import org.tongxin.demands.internal.CaseViews;
import org.tongxin.demands.internal.CaseWorkflow;
import org.tongxin.demands.internal.TypicalDemands;
import org.tongxin.demands.sla.Categories;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.CappedPage;
import org.tongxin.shared.web.FileResponses;
import org.tongxin.shared.web.Uploads;
import org.tongxin.shared.workflow.RecordAttachments;

/**
 * Demands for other systems and apps: submit, list, read, and every step of the handling, with the
 * same rules as the pages (scope 404, step 403, refused step 400 naming the field, stale version 409).
 */
@RestController
@RequestMapping("/api/v1/demands")
@Tag(name = "Demands", description = "Demand cases (诉求) handled to the end: submit, accept and assign, answer, rate; the same rules as the pages. Out of scope: 404; a step not yours: 403; a refused step: 400 naming the field; a stale version: 409.")
class DemandApiController {

	private final CaseWorkflow workflow;

	private final CaseViews views;

	private final CaseQuery query;

	private final MessageSource messages;

	private final Categories categories;

	private final RecordAttachments attachments;

	private final CaseAccess access;

	private final TypicalDemands typical;

	DemandApiController(CaseWorkflow workflow, CaseViews views, CaseQuery query, MessageSource messages, Categories categories,
			RecordAttachments attachments, CaseAccess access, TypicalDemands typical) {
		this.typical = typical;
		this.workflow = workflow;
		this.views = views;
		this.query = query;
		this.messages = messages;
		this.categories = categories;
		this.attachments = attachments;
		this.access = access;
	}

	record PageAnswer(List<CaseRow> content, int page, int size, long total, boolean totalCapped) {
	}

	@Operation(summary = "The cases the caller may see", description = """
			Newest first. Filters: `q` (case number or title), `unit` (a unit code: cases arising in its subtree),
			`status` (SUBMITTED, DECLINED, HANDLING, ANSWERED, CLOSED), `category` (id), `from`, `to`
			(yyyy-MM-dd, submission date), `overdue` (true: only overdue), `enterprise` (id), `figure` (only the
			cases a demand figure counts, with `unit` then where they arose: RECEIVED, ACCEPTED, DECLINED, ANSWERED,
			ANSWERED_ON_TIME, OVERDUE, CLOSED, RATED, SATISFIED, REOPENED, ENTERPRISE, ENTERPRISE_SOLVED); `page` from 0,
			`size` 1–100 (default 20). Counts are exact up to 1,000 (`totalCapped` beyond). Who sees a case: its
			submitter and requester, its lead and co-handlers, and holders of a demand privilege whose scope holds
			the unit where it arose, the handling unit or the unit it was escalated to; a member sees their own.
			""")
	@GetMapping
	PageAnswer list(@AuthenticationPrincipal Actor actor, @ParameterObject CaseFilterForm filter,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		CappedPage<CaseRow> page = query.page(actor, filter.toFilter(), filter.getPage(), size, locale);
		return new PageAnswer(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.isTotalCapped());
	}

	@Operation(summary = "Submit a demand", description = """
			Body: `categoryId` or `categoryCode` (an active category, e.g. LIVELIHOOD), `title` (≤ 100),
			`description` (≤ 2000), and whom it concerns:
			- a member with a login leaves `personId` and `enterpriseId` out: the case is theirs and arises at
			  their unit;
			- an officer (DEMAND_DISPATCH or DEMAND_HANDLE) gives `personId` (a person in their scope: the case
			  arises at the person's unit, and the person's own login, if any, sees and rates it) and/or
			  `enterpriseId` (an enterprise in scope: channel service station; with no person, the case arises at
			  the enterprise's unit); with `stationCode` (a service station, 同心服务站, by code or name: where
			  the enterprise brought it; an enterprise is then required) the case arises at the station, whose
			  figures and its park's count it.

			Example: `{"categoryCode":"LIVELIHOOD","title":"…","description":"…","personId":12}`. 201 with the
			case; its accept deadline runs from the next working day. Text with HTML tags is refused (400 naming
			the field); an unknown category, person or enterprise is 400 naming `categoryCode`, `personId` or
			`enterpriseId`; a station that is unknown, not a service station, named by a member or without an
			enterprise is 400 naming `stationCode`. Attach files with `POST /api/v1/demands/{id}/attachments`.
			""")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CaseDetail> submit(@AuthenticationPrincipal Actor actor, @RequestBody DemandRequests.Submit body,
			Locale locale) {
		Long category = body.categoryId();
		if (category == null && body.categoryCode() != null) {
			category = categories.findByCode(body.categoryCode().strip())
				.orElseThrow(() -> new Rejection("categoryCode", "demand.category.unknown", body.categoryCode()))
				.id();
		}
		var c = workflow.submit(actor, new Submission(category, body.title(), body.description(), body.personId(),
				body.enterpriseId(), body.stationCode()), List.of(), true);
		return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(actor, c.id(), locale));
	}

	@Operation(summary = "A case", description = """
			Its history (every step with who, when, the round, the units and the deadline it set), its SLA clock
			and light, its attachments, and `steps`: the steps the caller may take now. A case the caller may not see is a 404 (scope).
			""")
	@GetMapping("/{id}")
	CaseDetail detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Accept and assign a submitted case", description = """
			DEMAND_DISPATCH, with the unit where the case arose (or the unit it was escalated to) in the caller's
			scope. Body: `version` (the case's, from GET), `unitCode` (the responsible unit: any active unit),
			`leadUserId` (a user of that unit who may handle demands), `coHandlerIds` (users who may handle
			demands; may be empty). Example: `{"version":0,"unitCode":"511112100003","leadUserId":5,
			"coHandlerIds":[]}`. The answer deadline runs from the next working day (the category's answer days).

			400 naming `unitCode` (unknown or inactive), `leadUserId` (not a handler of that unit, or the unit has
			none) or `coHandlerIds`; 409 when the case changed since `version`. A case the caller may not see is a 404 (scope), a step that is not theirs a 403, a step the case is not ready for a 400 naming `status`.
			""")
	@PostMapping("/{id}/accept")
	CaseDetail accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Accept body,
			Locale locale) {
		workflow.accept(actor, id, body.version(), body.assignment());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Decline a submitted case", description = """
			DEMAND_DISPATCH as for accept. Body: `version`, `reason` (required; the requester reads it). The case
			ends as DECLINED. 409 when stale. A case the caller may not see is a 404 (scope), a step that is not theirs a 403, a step the case is not ready for a 400 naming `status`.
			""")
	@PostMapping("/{id}/decline")
	CaseDetail decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Decline body,
			Locale locale) {
		workflow.decline(actor, id, body.version(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Transfer a case being handled to another unit", description = """
			The dispatchers or handlers of the case. Body as accept plus `reason` (required). The deadline stays:
			the requester's wait does not start again. 400 when unit and lead are the current ones; 409 when
			stale. A case the caller may not see is a 404 (scope), a step that is not theirs a 403, a step the case is not ready for a 400 naming `status`.
			""")
	@PostMapping("/{id}/transfer")
	CaseDetail transfer(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody DemandRequests.Transfer body, Locale locale) {
		workflow.transfer(actor, id, body.version(), body.assignment(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Record progress on a case being handled", description = """
			The lead, handlers of the handling unit and co-handlers. Body: `note` (required, ≤ 2000). A case the caller may not see is a 404 (scope), a step that is not theirs a 403, a step the case is not ready for a 400 naming `status`.
			""")
	@PostMapping("/{id}/progress")
	CaseDetail progress(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Note body,
			Locale locale) {
		workflow.progress(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Answer a case being handled", description = """
			The lead, or DEMAND_HANDLE with the handling unit in scope. Body: `version`, `answer` (required,
			≤ 2000), `amount` (yuan, ≥ 0, two decimals at most; only for categories that record an amount, such
			as enterprise financing — otherwise 400 naming `amount`). The case waits for the requester's rating.
			409 when stale. A case the caller may not see is a 404 (scope), a step that is not theirs a 403, a step the case is not ready for a 400 naming `status`.
			""")
	@PostMapping("/{id}/answer")
	CaseDetail answer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Answer body,
			Locale locale) {
		workflow.answer(actor, id, body.version(), body.answer(), body.amount());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Rate the answer", description = """
			The requester; for a person without a login, the submitter or a dispatcher after a return call (回访).
			Body: `version`, `rating` (SATISFIED, BASIC or DISSATISFIED), `comment` (≤ 500; required for
			DISSATISFIED). Satisfied or basically satisfied closes the case; dissatisfied reopens it for another
			round with the same handlers and a new deadline (the category's reopen days). 409 when stale.
			A case the caller may not see is a 404 (scope), a step that is not theirs a 403, a step the case is not ready for a 400 naming `status`.
			""")
	@PostMapping("/{id}/rate")
	CaseDetail rate(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Rate body,
			Locale locale) {
		workflow.rate(actor, id, body.version(), body.rating(), body.comment());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Write a supervision note (督办)", description = """
			DEMAND_SUPERVISE with the case in scope, on an open case. Body: `note` (required). A case the caller may not see is a 404 (scope), a step that is not theirs a 403, a step the case is not ready for a 400 naming `status`.
			""")
	@PostMapping("/{id}/supervise")
	CaseDetail supervise(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Note body,
			Locale locale) {
		workflow.supervise(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Mark a case as typical (典型案例)", description = """
			DEMAND_SUPERVISE with the case in scope, at any status. Body: `note` (required, at most 500 characters,
			no markup): what makes the case typical; the work report of its unit and period quotes it. Marking a
			marked case again rewrites the note. Told in the case's history. 400 naming `note` with the reason; a
			case the caller may not see is a 404 (scope), a caller without the right a 403.
			""")
	@PutMapping("/{id}/typical")
	CaseDetail markTypical(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody DemandRequests.Note body, Locale locale) {
		typical.mark(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Take a case's typical mark off", description = """
			DEMAND_SUPERVISE with the case in scope. A case that was not marked is left as it is. A case the caller
			may not see is a 404 (scope), a caller without the right a 403.
			""")
	@DeleteMapping("/{id}/typical")
	CaseDetail unmarkTypical(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		typical.unmark(actor, id);
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Add photos or documents to an open case", description = """
			Multipart part `files`: JPG, PNG, PDF, DOCX or XLSX, checked by their content (an executable renamed
			`.jpg` is refused; Office files are unpacked within zip-bomb limits), 10 MB each, 9 per case. Sealed
			at rest. 400 naming `files` with the reason. A case the caller may not see is a 404 (scope), a step that is not theirs a 403, a step the case is not ready for a 400 naming `status`.
			""")
	@PostMapping("/{id}/attachments")
	CaseDetail attach(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request,
			Locale locale) throws IOException {
		// the parts are read only here, so that a case out of scope is a 404 whatever was sent
		workflow.attach(actor, id, Uploads.of(request));
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Download an attachment", description = """
			Images inline, documents as attachment; never cached by shared caches. Each download is audited. 404 outside the case's visibility.
			""")
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@PathVariable long attachmentId) {
		return FileResponses.document(attachments.download(CaseHistory.FILES, access::visible, actor, id, attachmentId));
	}

	/**
	 * The demands' own queues (TO_ACCEPT, TO_ANSWER, OVERDUE, TO_RATE) were the first 我的待办; all
	 * waiting work of every module is now one inbox. The old address says so (410 with the successor
	 * in a Link header) rather than answering a second, different view of the same work.
	 */
	@Operation(summary = "Replaced by the one inbox (410 Gone)", description = """
			Answers 410 problem+json with `Link: </api/v1/inbox?module=demands>; rel="successor-version"`.
			Use `GET /api/v1/inbox?module=demands`: every waiting item with its kind (demand.waiting.accept,
			.answer, .assist, .escalated, .rate), record, deadline and light.
			""")
	@GetMapping("/inbox")
	ResponseEntity<ProblemDetail> inbox(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
				messages.getMessage("demand.inbox.gone", null, locale));
		return ResponseEntity.status(HttpStatus.GONE)
			.header(HttpHeaders.LINK, "</api/v1/inbox?module=demands>; rel=\"successor-version\"")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
