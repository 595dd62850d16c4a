package org.tongxin.proposals.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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
import org.tongxin.proposals.internal.CoSigning;
import org.tongxin.proposals.internal.ProposalDetail;
import org.tongxin.proposals.internal.ProposalQuery;
import org.tongxin.proposals.internal.ProposalViews;
import org.tongxin.proposals.internal.ProposalWorkflow;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * Proposals for other systems and apps, with the same rules as the pages: a proposal out of sight is
 * 404, a step that is not the caller's 403, a step the proposal is not ready for or bad input 400
 * naming the field, a stale version 409. Each step answers with the proposal as it now stands.
 */
@RestController
@RequestMapping("/api/v1/proposals")
class ProposalApiController {

	private final ProposalWorkflow workflow;

	private final CoSigning coSigning;

	private final ProposalViews views;

	private final ProposalQuery query;

	ProposalApiController(ProposalWorkflow workflow, CoSigning coSigning, ProposalViews views, ProposalQuery query) {
		this.workflow = workflow;
		this.coSigning = coSigning;
		this.views = views;
		this.query = query;
	}

	record PageAnswer(List<ProposalQuery.Row> content, int page, int size, long total) {
	}

	@Operation(summary = "The proposals the caller may see, newest first: text, status, category, year, mine")
	@GetMapping
	PageAnswer list(@AuthenticationPrincipal Actor actor, ProposalFilterForm filter,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		Page<ProposalQuery.Row> page = query.page(actor, filter.toFilter(), filter.getPage(), size, locale);
		return new PageAnswer(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
	}

	@Operation(summary = "Write a draft (categoryCode, title, body) as a member or a democratic-party organisation")
	@PostMapping
	ResponseEntity<ProposalDetail> draft(@AuthenticationPrincipal Actor actor, @RequestBody ProposalRequests.Text body,
			Locale locale) {
		long id = workflow.draft(actor, body.text(), List.of()).id();
		return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(actor, id, locale));
	}

	@Operation(summary = "A proposal with its history and the steps the caller may take")
	@GetMapping("/{id}")
	ProposalDetail detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Change the text of a draft or returned proposal: version, categoryCode, title, body")
	@PutMapping("/{id}")
	ProposalDetail edit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Text body, Locale locale) {
		if (body.version() == null) {
			throw new Rejection("version", "proposal.version.required");
		}
		workflow.edit(actor, id, body.version(), body.text(), List.of());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Invite a member to co-sign, by their login name")
	@PostMapping("/{id}/co-signers")
	ProposalDetail invite(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Invite body, Locale locale) {
		coSigning.invite(actor, id, body.username());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Withdraw an invitation to co-sign (the author), or decline it (the invited member: 204, the draft is no longer theirs to see)")
	@DeleteMapping("/{id}/co-signers/{personId}")
	ResponseEntity<ProposalDetail> withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@PathVariable long personId, Locale locale) {
		coSigning.withdraw(actor, id, personId);
		try {
			return ResponseEntity.ok(views.detail(actor, id, locale));
		}
		catch (NotFoundException declined) {
			return ResponseEntity.noContent().build();
		}
	}

	@Operation(summary = "Sign as an invited co-signer")
	@PostMapping("/{id}/sign")
	ProposalDetail sign(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		coSigning.sign(actor, id);
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Submit a draft or a returned proposal: version")
	@PostMapping("/{id}/submit")
	ProposalDetail submit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Version body, Locale locale) {
		workflow.submit(actor, id, body.version());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Register (立案): version, publicVisible, note")
	@PostMapping("/{id}/register")
	ProposalDetail register(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Register body, Locale locale) {
		workflow.register(actor, id, body.version(), body.makePublic(), body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Decline (不予立案): version, reason")
	@PostMapping("/{id}/decline")
	ProposalDetail decline(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Reason body, Locale locale) {
		workflow.decline(actor, id, body.version(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Return for revision (退回修改): version, reason")
	@PostMapping("/{id}/return")
	ProposalDetail returnForRevision(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Reason body, Locale locale) {
		workflow.returnForRevision(actor, id, body.version(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Merge into a registered proposal (并案): version, targetId, note")
	@PostMapping("/{id}/merge")
	ProposalDetail merge(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Merge body, Locale locale) {
		workflow.merge(actor, id, body.version(), body.targetId(), body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Assign (交办): version, leadUnitId, coUnitIds, dueDate")
	@PostMapping("/{id}/assign")
	ProposalDetail assign(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Assign body, Locale locale) {
		workflow.assign(actor, id, body.version(), body.assignment());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "A co-handling unit's opinion: note")
	@PostMapping("/{id}/co-opinion")
	ProposalDetail coOpinion(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Note body, Locale locale) {
		workflow.coOpinion(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "The lead unit's reply: version, reply")
	@PostMapping("/{id}/reply")
	ProposalDetail reply(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Reply body, Locale locale) {
		workflow.reply(actor, id, body.version(), body.reply(), List.of());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "The proposer's feedback: version, contacted, attitude, adoption, result, comment, rehandle")
	@PostMapping("/{id}/feedback")
	ProposalDetail feedback(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.FeedbackBody body, Locale locale) {
		workflow.feedback(actor, id, body.version(), body.feedback());
		return views.detail(actor, id, locale);
	}

}
