package org.tongxin.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.tongxin.shared.files.DocumentKind;
import org.tongxin.shared.workflow.Attachment;

/**
 * A proposal as its page and the API show it: the text, the proposer and co-signers, the handling
 * units, the reply and feedback, what it was merged into or what joined it, every step of its
 * history with who and when, and the steps the viewer may take now.
 */
public record ProposalDetail(long id, String proposalNo, String categoryCode, String categoryName, String title,
		String body, ProposerKind proposerKind, String proposerName, String proposerUnitName, ProposalStatus status,
		int round, boolean publicVisible, Instant createdAt, Instant submittedAt, String reviewNote, Ref mergedInto,
		List<Ref> mergedIn, String leadUnitName, List<String> coUnitNames, LocalDate dueDate, Instant repliedAt,
		String reply, Feedback feedback, Instant closedAt, List<ProposalStore.CoSigner> coSigners, List<Step> history, List<File> files,
		Set<ProposalAccess.Step> steps, long version) {

	/** Whether the viewer may take the named step now (for the page's forms). */
	public boolean can(String step) {
		return steps.stream().anyMatch(s -> s.name().equals(step));
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
