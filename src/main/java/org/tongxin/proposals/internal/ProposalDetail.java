package org.tongxin.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.tongxin.shared.files.DocumentKind;
import org.tongxin.shared.workflow.Attachment;
import org.tongxin.shared.workflow.TypicalMark;

/**
 * A proposal as its page and the API show it: the text, the proposer and co-signers, the review,
 * the handling units with the reply and feedback, every step of its history with who and when, and
 * the steps the viewer may take now. The API answers it as one flat object (the value parts are
 * unwrapped), as it always has.
 */
public record ProposalDetail(long id, String proposalNo, ProposalStatus status, int round, long version,
		@JsonUnwrapped Text text, @JsonUnwrapped Submission submission, @JsonUnwrapped Review review,
		@JsonUnwrapped Handling handling, List<Step> history, List<File> files, @JsonUnwrapped Allowed allowed) {

	/** Whether the viewer may take the named step now (for the page's forms). */
	public boolean can(String step) {
		return allowed.steps().stream().anyMatch(s -> s.name().equals(step));
	}

	/** What is proposed: the category (code and name in the viewer's language), title and body. */
	public record Text(String categoryCode, String categoryName, String title, String body) {
	}

	/** Who proposed it, with whom, and when it was written and first submitted. */
	public record Submission(ProposerKind proposerKind, String proposerName, String proposerUnitName,
			List<ProposalStore.CoSigner> coSigners, Instant createdAt, Instant submittedAt) {
	}

	/** The review: whether it was made public, the note or reason, what it was merged into, what joined it. */
	public record Review(boolean publicVisible, String reviewNote, Ref mergedInto, List<Ref> mergedIn,
			TypicalMark typical) {
	}

	/** What the viewer may do now: the steps of the workflow, and whether they may mark it as typical. */
	public record Allowed(Set<ProposalAction> steps, boolean mayMarkTypical) {
	}

	/** Where it is handled and by when, the current reply, the proposer's feedback, and when it was closed. */
	public record Handling(String leadUnitName, List<String> coUnitNames, LocalDate dueDate, Instant repliedAt,
			String reply, Feedback feedback, Instant closedAt) {
	}

	/** Another proposal, by number and title. */
	public record Ref(long id, String proposalNo, String title) {
	}

	/** A step of the history with the name of the unit it concerns. */
	public record Step(Instant at, String actorName, ProposalEventKind kind, int round, String note, String unitName,
			Long relatedId, LocalDate dueDate, List<File> files, Feedback grades) {
	}

	/** A document of the proposal and the step that brought it. */
	public record File(long id, long eventId, String fileName, String contentType, long sizeBytes) {

		static List<File> of(List<Attachment> stored) {
			return stored.stream()
				.map(a -> new File(a.id(), a.eventId(), a.fileName(), a.contentType(), a.sizeBytes()))
				.toList();
		}

		public boolean isImage() {
			return DocumentKind.ofContentType(contentType).isImage();
		}

	}

}
