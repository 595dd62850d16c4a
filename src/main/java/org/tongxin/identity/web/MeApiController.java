package org.tongxin.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.identity.internal.UnitChoices;
import org.tongxin.identity.web.ApiViews.MeView;
import org.tongxin.shared.security.Actor;

/** Who the caller is, as the platform sees them: what a client needs to shape its screens. */
@RestController
@Tag(name = "Me", description = "Who the caller is, as the platform sees them.")
class MeApiController {

	private final UnitChoices units;

	MeApiController(UnitChoices units) {
		this.units = units;
	}

	@Operation(summary = "The caller: home unit, data scope and privileges", description = """
			What a client needs to shape its screens: user id, user name, display name, home unit (id, code,
			name), data scope (ALL, UNIT_AND_BELOW, UNIT, OWN) and the privileges held, sorted.
			""")
	@GetMapping("/api/v1/me")
	MeView me(@AuthenticationPrincipal Actor actor) {
		return new MeView(actor.userId(), actor.username(), actor.displayName(),
				UserViews.unitRef(units.find(actor.homeUnitId()).orElse(null), actor.homeUnitId()), actor.scope(),
				actor.privileges().stream().sorted().toList());
	}

}
