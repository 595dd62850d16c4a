package org.tongxin.identity.web;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.identity.internal.UnitChoices;
import org.tongxin.identity.web.ApiViews.MeView;
import org.tongxin.shared.security.Actor;

/** Who the caller is, as the platform sees them: what a client needs to shape its screens. */
@RestController
class MeApiController {

	private final UnitChoices units;

	MeApiController(UnitChoices units) {
		this.units = units;
	}

	@Operation(summary = "The caller: home unit, data scope and privileges")
	@GetMapping("/api/v1/me")
	MeView me(@AuthenticationPrincipal Actor actor) {
		return new MeView(actor.userId(), actor.username(), actor.displayName(),
				UserViews.unitRef(units.find(actor.homeUnitId()).orElse(null), actor.homeUnitId()), actor.scope(),
				actor.privileges().stream().sorted().toList());
	}

}
