package org.tongxin.members.coverage;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.shared.figures.KeyFigure;
import org.tongxin.shared.figures.KeyFigures;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The home page's registry figures: the people of the actor's scope today and those still without
 * a responsible liaison (the coverage gap the article's "full coverage" closes).
 */
@Component
class MemberKeyFigures extends KeyFigures {

	private final MemberCoverage coverage;

	MemberKeyFigures(MemberCoverage coverage) {
		super(10, "members", Privilege.MEMBER_VIEW);
		this.coverage = coverage;
	}

	@Override
	protected List<KeyFigure> figures(Actor actor) {
		CoverageQuery.People today = coverage.headline(actor);
		return List.of(KeyFigure.count("member.home.people", today.total(), "/members"),
				KeyFigure.count("member.home.withoutLiaison", today.withoutLiaison(), "/members?liaison=NONE"));
	}

}
