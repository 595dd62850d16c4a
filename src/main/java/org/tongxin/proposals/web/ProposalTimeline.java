package org.tongxin.proposals.web;

import java.util.List;

import org.tongxin.proposals.internal.Feedback;
import org.tongxin.proposals.internal.ProposalDetail;
import org.tongxin.shared.web.TimelineEntry;
import org.tongxin.shared.web.TimelineEntry.Text;

/**
 * A proposal's history for the timeline fragment: the step's kind, the unit it went to and the
 * deadline set, the proposal it was merged into or that joined it and the decision it became (as
 * links), the co-handling units of an assignment, the proposer's grades, the documents each step
 * brought.
 */
final class ProposalTimeline {

	private ProposalTimeline() {
	}

	static List<TimelineEntry> of(ProposalDetail p) {
		return p.history().stream().map(step -> entry(p, step)).toList();
	}

	private static TimelineEntry entry(ProposalDetail p, ProposalDetail.Step s) {
		TimelineEntry.Builder entry = TimelineEntry.at(s.at(), s.actorName())
			.what(Text.message("proposal.event." + s.kind().name()))
			.round(s.round())
			.detail(s.unitName() == null ? null : Text.plain("→ " + s.unitName()))
			.detail(s.dueDate() == null ? null : Text.message("proposal.due", s.dueDate()).secondary())
			.detail(related(p, s))
			.note(note(s));
		if (s.grades() != null) {
			entry.line(grades(s.grades()));
		}
		s.files().forEach(f -> entry.file(f.fileName(), "/proposals/" + p.id() + "/attachments/" + f.id(), f.sizeBytes(),
				f.isImage()));
		return entry.build();
	}

	/** The other proposal of a merge, or the decision this one became, as a link. */
	private static Text related(ProposalDetail p, ProposalDetail.Step s) {
		if (s.relatedId() == null) {
			return null;
		}
		return switch (s.kind()) {
			case MERGED -> p.review().mergedInto() == null ? null
					: Text.plain(p.review().mergedInto().proposalNo()).linkedTo("/proposals/" + s.relatedId());
			case MERGED_IN -> Text.plain(s.note()).linkedTo("/proposals/" + s.relatedId());
			case DECISION_LINKED -> Text.plain(s.note()).linkedTo("/decisions/" + s.relatedId());
			default -> null;
		};
	}

	private static Text note(ProposalDetail.Step s) {
		if (s.note() == null) {
			return null;
		}
		return switch (s.kind()) {
			case DECISION_LINKED, MERGED_IN -> null; // the note is the link's text
			case ASSIGNED -> Text.labelled("proposal.field.coUnits", s.note());
			case EDITED -> Text.message("proposal.event.unsigned", s.note());
			default -> Text.plain(s.note());
		};
	}

	private static Text[] grades(Feedback g) {
		return new Text[] { Text.labelled("proposal.field.attitude", Text.term("proposal.grade." + g.attitude().name())),
				Text.labelled("proposal.field.adoption", Text.term("proposal.adoption." + g.adoption().name())),
				Text.labelled("proposal.field.result", Text.term("proposal.grade." + g.result().name())),
				g.contacted() ? null : Text.message("proposal.feedback.contacted.no") };
	}

}
