package org.tongxin.proposals.web;

import java.time.LocalDate;
import java.util.List;

import org.tongxin.proposals.internal.ProposalInput;

/** The JSON bodies of the proposal API; guarded steps carry the version they act on. */
final class ProposalRequests {

	private ProposalRequests() {
	}

	record Text(Long version, String categoryCode, String title, String body) {

		ProposalInput.Text text() {
			return new ProposalInput.Text(categoryCode, title, body);
		}

	}

	record Version(long version) {
	}

	record Invite(String username) {
	}

	record Register(long version, Boolean publicVisible, String note) {

		boolean makePublic() {
			return Boolean.TRUE.equals(publicVisible);
		}

	}

	record Reason(long version, String reason) {
	}

	record Merge(long version, Long targetId, String note) {
	}

	record Assign(long version, Long leadUnitId, List<Long> coUnitIds, LocalDate dueDate) {

		ProposalInput.Assignment assignment() {
			return new ProposalInput.Assignment(leadUnitId, coUnitIds, dueDate);
		}

	}

	record Note(String note) {
	}

	record Reply(long version, String reply) {
	}

	record FeedbackBody(long version, Boolean contacted, String attitude, String adoption, String result,
			String comment, Boolean rehandle) {

		ProposalInput.FeedbackText feedback() {
			return new ProposalInput.FeedbackText(Boolean.TRUE.equals(contacted), attitude, adoption, result, comment,
					Boolean.TRUE.equals(rehandle));
		}

	}

}
