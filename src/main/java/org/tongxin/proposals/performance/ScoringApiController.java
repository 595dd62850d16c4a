package org.tongxin.proposals.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/** Sessions and score rules for other systems (PROPOSAL_SCORING_MANAGE, checked by {@link ScoringAdministration}). */
@RestController
@Requires(Privilege.PROPOSAL_SCORING_MANAGE)
@RequestMapping("/api/v1/proposal-scoring/sessions")
@Tag(name = "Proposal scoring", description = "Sessions (届次) and the points of each duty-performance item (PROPOSAL_SCORING_MANAGE).")
class ScoringApiController {

	private final ScoringAdministration administration;

	ScoringApiController(ScoringAdministration administration) {
		this.administration = administration;
	}

	record SessionView(long id, String name, LocalDate startsOn, LocalDate endsOn, long version,
			Map<ScoreItem, BigDecimal> points) {

		static SessionView of(ScoringSession s) {
			return new SessionView(s.id(), s.name(), s.startsOn(), s.endsOn(), s.version(), s.points());
		}

	}

	/** Points by item name; items left out take their defaults. Version required to change. */
	record SessionRequest(String name, String startsOn, String endsOn, Map<String, String> points, Long version) {

		SessionInput input() {
			return new SessionInput(name, startsOn, endsOn, points);
		}

	}

	@Operation(summary = "Every session with its dates, points per item and version", description = """
			PROPOSAL_SCORING_MANAGE. Newest first.
			""")
	@GetMapping
	List<SessionView> list() {
		return administration.list().stream().map(SessionView::of).toList();
	}

	@Operation(summary = "One session", description = """
			PROPOSAL_SCORING_MANAGE.
			""")
	@GetMapping("/{id}")
	SessionView one(@PathVariable long id) {
		return SessionView.of(administration.get(id));
	}

	@Operation(summary = "Add a session", description = """
			PROPOSAL_SCORING_MANAGE. Body: `name` (unique, ≤ 50), `startsOn`, `endsOn` (not before the start),
			`points` (item → points, 0–9999.99 with two decimals at most; items left out take their defaults:
			PROPOSAL_SUBMITTED 1, PROPOSAL_COSIGNED 0.5, PROPOSAL_REGISTERED 2, REPORT_SUBMITTED 1,
			REPORT_ADOPTED_DISTRICT/CITY/PROVINCE/NATIONAL 2/3/5/8, INSTRUCTED_DISTRICT/CITY/PROVINCE/NATIONAL
			3/5/8/10, DECISION 10). Example: `{"name":"第十届","startsOn":"2027-01-01","endsOn":"2031-12-31",
			"points":{"DECISION":"12"}}`. 201. A bad value is 400 naming `points[ITEM]`. Audited.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@AuthenticationPrincipal Actor actor, @RequestBody SessionRequest request) {
		return SessionView.of(administration.create(actor, request.input()));
	}

	@Operation(summary = "Change a session's name, dates and points", description = """
			PROPOSAL_SCORING_MANAGE. Body as create plus `version` (required; 409 when stale). Audited.
			""")
	@PutMapping("/{id}")
	SessionView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody SessionRequest request) {
		if (request.version() == null) {
			throw new Rejection("version", "proposal.scoring.error.version.required");
		}
		return SessionView.of(administration.update(actor, id, request.version(), request.input()));
	}

}
