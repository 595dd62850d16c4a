package org.tongxin.proposals.performance;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.shared.figures.KeyFigure;
import org.tongxin.shared.figures.KeyFigures;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The home page's proposal figures: this year's proposals, opinion reports and the decisions they
 * became, of the actor's unit, as the figures page counts them (the article's own measures).
 */
@Component
class ProposalKeyFigures extends KeyFigures {

	private final ProposalFigureReport report;

	ProposalKeyFigures(ProposalFigureReport report) {
		super(30, "proposals", Privilege.PROPOSAL_VIEW);
		this.report = report;
	}

	@Override
	protected List<KeyFigure> figures(Actor actor) {
		FigureCounts year = report.total(actor);
		String page = "/proposal-figures";
		return List.of(KeyFigure.count("proposal.home.proposals", year.proposalsSubmitted(), page),
				KeyFigure.count("proposal.home.reports", year.reportsSubmitted(), page),
				KeyFigure.count("proposal.home.decisions", year.decisions(), page));
	}

}
