package org.tongxin.proposals.decisions;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

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
class DecisionApiController {

	private final DecisionBook book;

	private final DecisionLinking linking;

	private final ResultProgress progress;

	DecisionApiController(DecisionBook book, DecisionLinking linking, ResultProgress progress) {
		this.book = book;
		this.linking = linking;
		this.progress = progress;
	}

	@Operation(summary = "The decisions the caller may see, newest first; filters year and issuer (PARTY_COMMITTEE|GOVERNMENT|JOINT)")
	@GetMapping
	List<DecisionRow> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
			@RequestParam(required = false) String issuer) {
		ListFilter filter = ListFilter.of(year, issuer);
		return book.list(actor, filter.year(), filter.issuer());
	}

	@Operation(summary = "Create a decision: issuer, reference (文号, unique), title, decidedOn, summary")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Decision create(@AuthenticationPrincipal Actor actor, @RequestBody DecisionDraft draft) {
		return book.create(actor, draft);
	}

	@Operation(summary = "A decision with the sources the caller sees, its results and their update timelines")
	@GetMapping("/{id}")
	DecisionDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return book.detail(actor, id);
	}

	@Operation(summary = "Change a decision: every field, and the version it was read at (409 when stale)")
	@PutMapping("/{id}")
	Decision edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DecisionDraft draft) {
		return book.edit(actor, id, draft);
	}

	@Operation(summary = "Link a proposal or report (kind PROPOSAL|REPORT, sourceId) to the decision; one decision per source")
	@PostMapping("/{id}/sources")
	@ResponseStatus(HttpStatus.CREATED)
	SourceRef link(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody LinkDraft draft) {
		return linking.link(actor, id, draft);
	}

	@Operation(summary = "Add an implementation result: title, description, ownerUnitCode, ownerName, startsOn, dueOn")
	@PostMapping("/{id}/results")
	@ResponseStatus(HttpStatus.CREATED)
	Result addResult(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ResultDraft draft) {
		return progress.add(actor, id, draft);
	}

	@Operation(summary = "Post a dated update of a result: progress 0–100, note, and the result's version (409 when stale)")
	@PostMapping("/results/{rid}/updates")
	@ResponseStatus(HttpStatus.CREATED)
	Result update(@AuthenticationPrincipal Actor actor, @PathVariable long rid, @RequestBody UpdateDraft draft) {
		return progress.update(actor, rid, draft);
	}

	@Operation(summary = "The decision a proposal or report (kind PROPOSAL|REPORT) belongs to, with its results' progress")
	@GetMapping("/of/{kind}/{id}")
	SourceDecision of(@AuthenticationPrincipal Actor actor, @PathVariable String kind, @PathVariable long id) {
		return linking.of(actor, ListFilter.kindInPath(kind, id), id);
	}

}
