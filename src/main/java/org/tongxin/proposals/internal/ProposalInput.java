package org.tongxin.proposals.internal;

import java.time.LocalDate;
import java.util.List;

/** What the forms and the API hand to the workflow. */
public final class ProposalInput {

	private ProposalInput() {
	}

	/** The text of a proposal: category, title and body. */
	public record Text(String categoryCode, String title, String body) {
	}

	/** An assignment (交办): the lead unit, co-handling units and the deadline. */
	public record Assignment(Long leadUnitId, List<Long> coUnitIds, LocalDate dueDate) {

		public Assignment {
			coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
		}

	}

	/** The proposer's feedback as typed: grades by name (SATISFIED, BASIC, DISSATISFIED; ADOPTED, PARTLY, NOT_ADOPTED). */
	public record FeedbackText(boolean contacted, String attitude, String adoption, String result, String comment,
			boolean rehandle) {
	}

}
