package org.tongxin.proposals.decisions;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.proposals.SourceRef;
import org.tongxin.shared.security.Actor;

/**
 * Decisions and their implementation for other systems and scripts, with the pages' rules (unseen
 * 404, not allowed 403, refused 400 naming the field, stale version 409).
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "Decisions of the district party committee or government made of proposals and reports, and their implementation results.")
class DecisionApiController {

	private final DecisionBook book;

	private final DecisionLinking linking;

	private final ResultProgress progress;

	DecisionApiController(DecisionBook book, DecisionLinking linking, ResultProgress progress) {
		this.book = book;
		this.linking = linking;
		this.progress = progress;
	}

	@Operation(summary = "The decisions the caller may see", description = """
			Newest first, at most 500. Filters: `year`, `issuer` (PARTY_COMMITTEE, GOVERNMENT, JOINT). Who sees
			a decision: DECISION_MANAGE holders and PROPOSAL_VIEW with scope ALL every one; others when they see
			one of its sources or own one of its results.
			""")
	@GetMapping
	List<DecisionRow> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
			@RequestParam(required = false) String issuer) {
		ListFilter filter = ListFilter.of(year, issuer);
		return book.list(actor, filter.year(), filter.issuer());
	}

	@Operation(summary = "Create a decision", description = """
			DECISION_MANAGE. Body: `issuer` (PARTY_COMMITTEE 区委, GOVERNMENT 区政府, JOINT 两办), `reference`
			(文号, unique), `title`, `decidedOn` (not in the future), `summary`, e.g.
			`{"issuer":"JOINT","reference":"五委发〔2026〕3号","title":"…","decidedOn":"2026-11-20","summary":"…"}`.
			201. 400 naming each bad field.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Decision create(@AuthenticationPrincipal Actor actor, @RequestBody DecisionDraft draft) {
		return book.create(actor, draft);
	}

	@Operation(summary = "A decision", description = """
			With the sources the caller may see, its results and their update timelines. 404 when the caller may not see it.
			""")
	@GetMapping("/{id}")
	DecisionDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return book.detail(actor, id);
	}

	@Operation(summary = "Change a decision", description = """
			DECISION_MANAGE. Every field, and the `version` it was read at (409 when stale). `decidedOn` may not
			move before any of its sources' submission nor after its results' dates or updates (400 naming the
			other date).
			""")
	@PutMapping("/{id}")
	Decision edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DecisionDraft draft) {
		return book.edit(actor, id, draft);
	}

	@Operation(summary = "Link a proposal or report to the decision", description = """
			DECISION_MANAGE. Body: `kind` (PROPOSAL, REPORT), `sourceId` (the id or the number people know, e.g.
			JY2021000007), e.g. `{"kind":"PROPOSAL","sourceId":"12"}`. A source joins one decision only: a second
			link is 400 naming the decision it belongs to (also when two people link at once); a draft, returned,
			declined or merged proposal, or a report not accepted, is 400 naming its status; a source the caller
			cannot see is a 404; a decision older than the source's submission is 400. The link is written into
			the source's history. 201.
			""")
	@PostMapping("/{id}/sources")
	@ResponseStatus(HttpStatus.CREATED)
	SourceRef link(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody LinkDraft draft) {
		return linking.link(actor, id, draft);
	}

	@Operation(summary = "Add an implementation result", description = """
			DECISION_MANAGE. Body: `title`, `description`, `ownerUnitCode` (the unit answerable, by code),
			`ownerName` (the person answerable), `startsOn` and `dueOn` (on or after the decision's date; due not
			before start), e.g. `{"title":"…","ownerUnitCode":"LG-JXJ","ownerName":"…","startsOn":"2026-11-20",
			"dueOn":"2027-06-30"}`. 201.
			""")
	@PostMapping("/{id}/results")
	@ResponseStatus(HttpStatus.CREATED)
	Result addResult(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ResultDraft draft) {
		return progress.add(actor, id, draft);
	}

	@Operation(summary = "Post a dated update of a result", description = """
			DECISION_MANAGE, or PROPOSAL_HANDLE whose scope admits the owner unit. Body: `progress` (0–100),
			`note` (required), `version` (the result's; of two posting at once one gets 409), e.g.
			`{"progress":"100","note":"…","version":1}`. 100 sets the completion date, less clears it. Updates
			are only ever added. No update before the result starts (400).
			""")
	@PostMapping("/results/{rid}/updates")
	@ResponseStatus(HttpStatus.CREATED)
	Result update(@AuthenticationPrincipal Actor actor, @PathVariable long rid, @RequestBody UpdateDraft draft) {
		return progress.update(actor, rid, draft);
	}

	@Operation(summary = "The decision a proposal or report belongs to", description = """
			Path `kind` PROPOSAL or REPORT. With its results' progress; for whoever sees the source, the proposer included.
			""")
	@GetMapping("/of/{kind}/{id}")
	SourceDecision of(@AuthenticationPrincipal Actor actor, @PathVariable String kind, @PathVariable long id) {
		return linking.of(actor, ListFilter.kindInPath(kind, id), id);
	}

}
