package org.tongxin.proposals.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.tongxin.proposals.internal.TypicalProposals;
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
@Tag(name = "Proposals", description = "Proposals (建言献策): draft and co-sign, submit, register or decline, assign, reply, feedback; the same rules as the pages.")
class ProposalApiController {

	private final ProposalWorkflow workflow;

	private final CoSigning coSigning;

	private final ProposalViews views;

	private final ProposalQuery query;

	private final TypicalProposals typical;

	ProposalApiController(ProposalWorkflow workflow, CoSigning coSigning, ProposalViews views, ProposalQuery query,
			TypicalProposals typical) {
		this.typical = typical;
		this.workflow = workflow;
		this.coSigning = coSigning;
		this.views = views;
		this.query = query;
	}

	record PageAnswer(List<ProposalQuery.Row> content, int page, int size, long total) {
	}

	@Operation(summary = "The proposals the caller may see", description = """
			Newest first. Filters: `q` (number, title or proposer), `status` (DRAFT, SUBMITTED, RETURNED,
			DECLINED, MERGED, REGISTERED, HANDLING, REPLIED, CLOSED), `category` (code), `year`, `mine` (true:
			the caller's side only), `unit` (code or name: the proposer's unit and below), `from`..`to` (submission
			dates, yyyy-MM-dd; the proposals a figure counts); `page` from 0, `size` (default 20). Who sees what: drafts only their author
			and invited co-signers; the proposer side (author, the proposing person's login, co-signers, the
			organisation's accounts) their own; PROPOSAL_VIEW with scope ALL every one; a handling unit
			(PROPOSAL_HANDLE) the proposals assigned to a unit in its scope as lead or co-handler; every
			signed-in user the registered ones made public.
			""")
	@GetMapping
	PageAnswer list(@AuthenticationPrincipal Actor actor, ProposalFilterForm filter,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		Page<ProposalQuery.Row> page = query.page(actor, filter.toFilter(), filter.getPage(), size, locale);
		return new PageAnswer(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
	}

	@Operation(summary = "Write a draft", description = """
			A member with a login (as their person of the registry, counted to their unit) or the account of a
			democratic-party organisation (in its name); any other account gets 403. Body: `categoryCode` (e.g.
			RURAL), `title` (≤ 100), `body` (≤ 10,000), e.g. `{"categoryCode":"RURAL","title":"…","body":"…"}`.
			201. Text with HTML tags is refused (400 naming the field).
			""")
	@PostMapping
	ResponseEntity<ProposalDetail> draft(@AuthenticationPrincipal Actor actor, @RequestBody ProposalRequests.Text body,
			Locale locale) {
		long id = workflow.draft(actor, body.text(), List.of()).id();
		return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(actor, id, locale));
	}

	@Operation(summary = "A proposal", description = """
			With its history and `steps`, the steps the caller may take now. 404 when the caller may not see it.
			""")
	@GetMapping("/{id}")
	ProposalDetail detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Change the text of a draft or returned proposal", description = """
			The author. Body: `version`, `categoryCode`, `title`, `body`. Co-signers who signed must confirm the
			changed text again. A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PutMapping("/{id}")
	ProposalDetail edit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Text body, Locale locale) {
		if (body.version() == null) {
			throw new Rejection("version", "proposal.version.required");
		}
		workflow.edit(actor, id, body.version(), body.text(), List.of());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Invite a member to co-sign", description = """
			The author of a member's draft. Body: `username`, the login name of another member (at most 20
			co-signers). 400 naming `username`: unknown, the author, already invited, too many.
			""")
	@PostMapping("/{id}/co-signers")
	ProposalDetail invite(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Invite body, Locale locale) {
		coSigning.invite(actor, id, body.username());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Withdraw or decline an invitation to co-sign", description = """
			The author withdraws an invitation; the invited member declines it (204: the draft is no longer theirs
			to see).
			""")
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

	@Operation(summary = "Sign as an invited co-signer", description = """
			Each co-signer signs with their own login. 400 when not invited or already signed.
			""")
	@PostMapping("/{id}/sign")
	ProposalDetail sign(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		coSigning.sign(actor, id);
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Submit a draft or a returned proposal", description = """
			The author. Body: `version`. Refused (400 naming who) while an invitation to co-sign is unanswered:
			nobody's name is on a proposal they did not sign. A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/submit")
	ProposalDetail submit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Version body, Locale locale) {
		workflow.submit(actor, id, body.version());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Register a submitted proposal (立案)", description = """
			PROPOSAL_REVIEW. Body: `version`, `publicVisible` (true: every signed-in user sees it), `note`, e.g.
			`{"version":2,"publicVisible":true,"note":"…"}`. A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/register")
	ProposalDetail register(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Register body, Locale locale) {
		workflow.register(actor, id, body.version(), body.makePublic(), body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Decline a submitted proposal (不予立案)", description = """
			PROPOSAL_REVIEW. Body: `version`, `reason` (required). Final. A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/decline")
	ProposalDetail decline(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Reason body, Locale locale) {
		workflow.decline(actor, id, body.version(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Return a submitted proposal for revision (退回修改)", description = """
			PROPOSAL_REVIEW. Body: `version`, `reason` (required); the author edits and submits again. A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/return")
	ProposalDetail returnForRevision(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Reason body, Locale locale) {
		workflow.returnForRevision(actor, id, body.version(), body.reason());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Merge into a registered proposal (并案)", description = """
			PROPOSAL_REVIEW. Body: `version`, `targetId` (a registered proposal, not this one), `note`. Both
			histories record it; the merged one links to the one it joined. A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/merge")
	ProposalDetail merge(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Merge body, Locale locale) {
		workflow.merge(actor, id, body.version(), body.targetId(), body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Assign a registered proposal (交办)", description = """
			PROPOSAL_REVIEW. Body: `version`, `leadUnitId`, `coUnitIds` (at most 10, not the lead unit),
			`dueDate` (after today; usually three months), e.g. `{"version":3,"leadUnitId":7,"coUnitIds":[9],
			"dueDate":"2027-02-28"}`. The units' handlers then see it. A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/assign")
	ProposalDetail assign(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Assign body, Locale locale) {
		workflow.assign(actor, id, body.version(), body.assignment());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "A co-handling unit's opinion (会办意见)", description = """
			PROPOSAL_HANDLE in a co-handling unit's scope, on a proposal being handled. Body: `note` (required). A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/co-opinion")
	ProposalDetail coOpinion(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Note body, Locale locale) {
		workflow.coOpinion(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Mark a proposal as typical (典型案例)", description = """
			PROPOSAL_REVIEW with every proposal in sight, at any status. Body: `note` (required, at most 500
			characters, no markup): what makes the proposal typical; the work report of its unit and period quotes
			it. Marking again rewrites the note. Told in the proposal's history. 400 naming `note` with the reason;
			a proposal the caller may not see is a 404, a caller without the right a 403.
			""")
	@PutMapping("/{id}/typical")
	ProposalDetail markTypical(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Note body, Locale locale) {
		typical.mark(actor, id, body.note());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "Take a proposal's typical mark off", description = """
			PROPOSAL_REVIEW with every proposal in sight. A proposal that was not marked is left as it is. A
			proposal the caller may not see is a 404, a caller without the right a 403.
			""")
	@DeleteMapping("/{id}/typical")
	ProposalDetail unmarkTypical(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		typical.unmark(actor, id);
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "The lead unit's reply (答复)", description = """
			PROPOSAL_HANDLE in the lead unit's scope. Body: `version`, `reply` (required). A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/reply")
	ProposalDetail reply(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.Reply body, Locale locale) {
		workflow.reply(actor, id, body.version(), body.reply(), List.of());
		return views.detail(actor, id, locale);
	}

	@Operation(summary = "The proposer's feedback on the reply", description = """
			The proposer side. Body: `version`, `contacted` (the unit got in touch), `attitude` and `result`
			(SATISFIED, BASIC, DISSATISFIED), `adoption` (ADOPTED, PARTLY, NOT_ADOPTED), `comment`, `rehandle`.
			`rehandle: true` (a comment is then required) sends it back to the same units for round 2 with a
			month's deadline; otherwise the proposal is closed. A proposal the caller may not see is a 404; a step that is not theirs a 403; a step the proposal is not ready for a 400 naming `status` (nothing changes); a stale `version` a 409.
			""")
	@PostMapping("/{id}/feedback")
	ProposalDetail feedback(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody ProposalRequests.FeedbackBody body, Locale locale) {
		workflow.feedback(actor, id, body.version(), body.feedback());
		return views.detail(actor, id, locale);
	}

}
