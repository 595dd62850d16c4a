package org.tongxin.demands.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.demands.CaseDetail;
import org.tongxin.demands.CaseRow;
import org.tongxin.demands.Queue;
import org.tongxin.demands.Submission;
import org.tongxin.demands.internal.CaseAccess;
import org.tongxin.demands.internal.CaseHistory;
import org.tongxin.demands.internal.CaseInbox;
import org.tongxin.demands.internal.CaseQuery;
import org.tongxin.demands.internal.CaseViews;
import org.tongxin.demands.internal.CaseWorkflow;
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
class DemandApiController {

	private final CaseWorkflow workflow;

	private final CaseViews views;

	private final CaseQuery query;

	private final CaseInbox inbox;

	private final Categories categories;

	private final RecordAttachments attachments;

	private final CaseAccess access;

	DemandApiController(CaseWorkflow workflow, CaseViews views, CaseQuery query, CaseInbox inbox, Categories categories,
			RecordAttachments attachments, CaseAccess access) {
		this.workflow = workflow;
		this.views = views;
		this.query = query;
		this.inbox = inbox;
		this.categories = categories;
		this.attachments = attachments;
		this.access = access;
	}

	record PageAnswer(List<CaseRow> content, int page, int size, long total, boolean totalCapped) {
	}

	record InboxAnswer(Map<Queue, Long> counts, Map<Queue, List<CaseRow>> queues) {
	}

	@Operation(summary = "The cases the caller may see, newest first, with filters")
	@GetMapping
	PageAnswer list(@AuthenticationPrincipal Actor actor, @ParameterObject CaseFilterForm filter,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		CappedPage<CaseRow> page = query.page(actor, filter.toFilter(), filter.getPage(), size, locale);
		return new PageAnswer(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.isTotalCapped());
	}

	@Operation(summary = "Submit a demand (JSON): categoryId or categoryCode, title, description, personId (officers), enterpriseId")
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
				body.enterpriseId()), List.of(), true);
		return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(actor, c.id(), locale));
	}

	@Operation(summary = "A case with its history, clock, attachments and the steps the caller may take")
	@GetMapping("/{id}")
	CaseDetail detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Accept and assign: version, unitCode, leadUserId, coHandlerIds")
	@PostMapping("/{id}/accept")
	CaseDetail accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Accept body,
			Locale locale) {
		workflow.accept(actor, id, body.version(), body.assignment());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Decline with a reason: version, reason")
	@PostMapping("/{id}/decline")
	CaseDetail decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Decline body,
			Locale locale) {
		workflow.decline(actor, id, body.version(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Transfer to another unit (the deadline stays): version, unitCode, leadUserId, coHandlerIds, reason")
	@PostMapping("/{id}/transfer")
	CaseDetail transfer(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody DemandRequests.Transfer body, Locale locale) {
		workflow.transfer(actor, id, body.version(), body.assignment(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Record progress: note")
	@PostMapping("/{id}/progress")
	CaseDetail progress(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Note body,
			Locale locale) {
		workflow.progress(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Answer: version, answer, amount (yuan, only for categories with amounts)")
	@PostMapping("/{id}/answer")
	CaseDetail answer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Answer body,
			Locale locale) {
		workflow.answer(actor, id, body.version(), body.answer(), body.amount());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Rate the answer: version, rating SATISFIED | BASIC | DISSATISFIED (reopens; comment required), comment")
	@PostMapping("/{id}/rate")
	CaseDetail rate(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Rate body,
			Locale locale) {
		workflow.rate(actor, id, body.version(), body.rating(), body.comment());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Supervision note (督办): note")
	@PostMapping("/{id}/supervise")
	CaseDetail supervise(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DemandRequests.Note body,
			Locale locale) {
		workflow.supervise(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Add photos or documents (multipart, part name files; JPG, PNG, PDF, DOCX, XLSX; 10 MB each, 9 per case)")
	@PostMapping("/{id}/attachments")
	CaseDetail attach(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request,
			Locale locale) throws IOException {
		// the parts are read only here, so that a case out of scope is a 404 whatever was sent
		workflow.attach(actor, id, Uploads.of(request));
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Download an attachment (images inline, documents as attachment)")
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@PathVariable long attachmentId) {
		return FileResponses.document(attachments.download(CaseHistory.FILES, access::visible, actor, id, attachmentId));
	}

	@Operation(summary = "What waits for the caller: counts per queue and the first rows of each")
	@GetMapping("/inbox")
	InboxAnswer inbox(@AuthenticationPrincipal Actor actor, Locale locale) {
		CaseInbox.Waiting waiting = inbox.waiting(actor, locale);
		Map<Queue, List<CaseRow>> queues = new java.util.EnumMap<>(Queue.class);
		for (Queue q : Queue.values()) {
			queues.put(q, waiting.queues().getOrDefault(q, List.of()));
		}
		return new InboxAnswer(waiting.counts(), queues);
	}

}
