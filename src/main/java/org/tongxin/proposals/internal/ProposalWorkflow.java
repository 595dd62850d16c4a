package org.tongxin.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.proposals.ProposalTextChanged;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.events.CoOpinionGiven;
import org.tongxin.proposals.events.ProposalAssigned;
import org.tongxin.proposals.events.ProposalEdited;
import org.tongxin.proposals.events.ProposalReplied;
import org.tongxin.proposals.events.ProposalSubmitted;
import org.tongxin.proposals.internal.ProposalAccess.Step;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.RecordAttachments;
import org.tongxin.shared.workflow.Upload;
import org.tongxin.shared.web.FieldProblems;

/**
 * The steps of a proposal, each one transaction: the row moves on (guarded by its version, so of two
 * staff acting on the same proposal at once one wins and the other gets 409), a history row records
 * who did what and when, and a refused step changes nothing. {@link ProposalAccess} decides who may
 * take which step; co-signing lives in {@link CoSigning}.
 */
@Service
@Transactional
public class ProposalWorkflow {

	static final int TITLE_MAX = 100;

	static final int BODY_MAX = 10_000;

	static final int NOTE_MAX = 2000;

	/** Re-handling asked for by the proposer gets this long from the day it is asked. */
	static final int REHANDLE_MONTHS = 1;

	private final ProposalStore proposals;

	private final ProposalHistory history;

	private final ProposalAccess access;

	private final ProposalCategories categories;

	private final Proposers proposers;

	private final HandlingUnits handlingUnits;

	private final RecordAttachments attachments;

	private final CoOpinions coOpinions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProposalWorkflow(ProposalStore proposals, ProposalHistory history, ProposalAccess access,
			ProposalCategories categories, Proposers proposers, HandlingUnits handlingUnits,
			RecordAttachments attachments, CoOpinions coOpinions, ApplicationEventPublisher events, Clock clock) {
		this.attachments = attachments;
		this.coOpinions = coOpinions;
		this.proposals = proposals;
		this.history = history;
		this.access = access;
		this.categories = categories;
		this.proposers = proposers;
		this.handlingUnits = handlingUnits;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor may write proposals at all (the list offers "new" only then). */
	@Transactional(readOnly = true)
	public boolean canPropose(Actor actor) {
		return proposers.canPropose(actor);
	}

	/** 403 unless the actor may write proposals (the draft form's guard). */
	@Transactional(readOnly = true)
	public void requireProposer(Actor actor) {
		proposers.of(actor);
	}

	/** A new draft in the actor's name: their person as a member, or their democratic-party organisation. */
	public Proposal draft(Actor actor, ProposalInput.Text text, List<Upload> uploads) {
		ProposalInput.Text checked = check(text);
		attachments.check(ProposalHistory.FILES, uploads, 0);
		Proposers.Proposer proposer = proposers.of(actor);
		Instant now = clock.instant();
		long id = proposals.nextId();
		String number = "JY" + OfficeTime.today(clock).getYear() + String.format("%06d", id);
		Proposal p = new Proposal(id, number, checked.categoryCode(), checked.title(), checked.body(), proposer.kind(),
				proposer.personId(), proposer.unit().id(), proposer.unit().path(), proposer.name(), actor.userId(),
				ProposalStatus.DRAFT, 1, false, now, null, null, null, null, null, null, null, null, null, null, null, null,
				null, 0);
		proposals.insert(p);
		long event = history.append(ProposalEvent.of(p, now, actor.userId(), actor.displayName(),
				ProposalEventKind.CREATED, null));
		attachments.store(ProposalHistory.FILES, id, event, uploads, actor.userId(), now);
		events.publishEvent(StepEvents.drafted(p, actor.userId()));
		changed(id);
		return p;
	}

	public Proposal edit(Actor actor, long id, long version, ProposalInput.Text text,
			List<Upload> uploads) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, Step.EDIT);
		ProposalInput.Text checked = check(text);
		attachments.check(ProposalHistory.FILES, uploads, attachments.count(ProposalHistory.FILES, id));
		Proposal next = loaded.proposal().edited(checked.categoryCode(), checked.title(), checked.body());
		proposals.update(next);
		Instant now = clock.instant();
		// a signature was given to the text as it was: those who signed must sign the new text again
		List<String> unsigned = proposals.unsign(id);
		long event = history.append(ProposalEvent.of(next, now, actor.userId(), actor.displayName(),
				ProposalEventKind.EDITED, unsigned.isEmpty() ? null : String.join("、", unsigned)));
		attachments.store(ProposalHistory.FILES, id, event, uploads, actor.userId(), now);
		events.publishEvent(new ProposalEdited(id, next.categoryCode(), unsigned.size(), now, actor.userId()));
		changed(id);
		return next;
	}

	/** Submits a draft or a returned proposal; refused while an invited co-signer has not signed. */
	public Proposal submit(Actor actor, long id, long version) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, Step.SUBMIT);
		String unsigned = String.join("、",
				loaded.coSigners().stream().filter(c -> !c.signed()).map(ProposalStore.CoSigner::name).toList());
		if (!unsigned.isEmpty()) {
			throw new Rejection("coSigners", "proposal.cosigners.unsigned", unsigned);
		}
		Instant now = clock.instant();
		Proposal next = loaded.proposal().submitted(now);
		proposals.update(next);
		history.append(ProposalEvent.of(next, now, actor.userId(), actor.displayName(), ProposalEventKind.SUBMITTED, null));
		events.publishEvent(new ProposalSubmitted(id, next.proposerUnitId(), next.categoryCode(),
				loaded.proposal().status() == ProposalStatus.RETURNED, loaded.coSigners().size(), now, actor.userId()));
		changed(id);
		return next;
	}

	/** 立案: the proposal will be handled; public ones are shown to every signed-in user. */
	public Proposal register(Actor actor, long id, long version, boolean makePublic, String note) {
		return review(actor, id, version, Step.REGISTER, ProposalEventKind.REGISTERED, "note", note, false, null,
				makePublic);
	}

	/** 不予立案, with the reason the proposer will read. */
	public Proposal decline(Actor actor, long id, long version, String reason) {
		return review(actor, id, version, Step.DECLINE, ProposalEventKind.DECLINED, "reason", reason, true, null, false);
	}

	/** 退回修改: back to the author with the reason; they edit and submit again. */
	public Proposal returnForRevision(Actor actor, long id, long version, String reason) {
		return review(actor, id, version, Step.RETURN, ProposalEventKind.RETURNED, "reason", reason, true, null, false);
	}

	/** 并案: handled together with a registered proposal on the same matter; both histories record it. */
	public Proposal merge(Actor actor, long id, long version, Long targetId, String note) {
		access.require(actor, current(actor, id, version), Step.MERGE);
		if (targetId == null) {
			throw new Rejection("targetId", "proposal.targetId.required");
		}
		if (targetId == id) {
			throw new Rejection("targetId", "proposal.merge.self");
		}
		Proposal target = access.visible(actor, targetId).proposal();
		if (!target.status().isRegistered()) {
			throw new Rejection("targetId", "proposal.merge.targetStatus", target.proposalNo(),
					ProposalAccess.statusLabel(target.status()));
		}
		Proposal merged = review(actor, id, version, Step.MERGE, ProposalEventKind.MERGED, "note", note, false, targetId,
				false);
		history.append(ProposalEvent.of(target, clock.instant(), actor.userId(), actor.displayName(),
				ProposalEventKind.MERGED_IN, merged.proposalNo()).related(id));
		return merged;
	}

	/**
	 * A reviewer's step: the event kind names the status it leads to; the text is checked once the
	 * step is known to be the actor's, so that nobody learns the rules of a proposal they may not see.
	 */
	private Proposal review(Actor actor, long id, long version, Step step, ProposalEventKind kind, String field,
			String text, boolean required, Long mergedInto, boolean makePublic) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, step);
		String note = PlainText.check("proposal", field, text, NOTE_MAX, required);
		Instant now = clock.instant();
		Proposal next = loaded.proposal().reviewed(ProposalStatus.valueOf(kind.name()), now, note, mergedInto, makePublic);
		proposals.update(next);
		ProposalEvent event = ProposalEvent.of(next, now, actor.userId(), actor.displayName(), kind, note);
		history.append(mergedInto == null ? event : event.related(mergedInto));
		events.publishEvent(StepEvents.reviewed(next, now, actor.userId()));
		changed(id);
		return next;
	}

	/** 交办: to a lead unit with co-handling units and a deadline. */
	public Proposal assign(Actor actor, long id, long version, ProposalInput.Assignment assignment) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, Step.ASSIGN);
		HandlingUnits.Checked units = handlingUnits.check(assignment, OfficeTime.today(clock));
		Instant now = clock.instant();
		Proposal next = loaded.proposal().assigned(now, units.lead().id(), units.lead().path(), units.due());
		proposals.update(next);
		proposals.replaceCoUnits(id, units.coUnits());
		// the co-handling units as named on the day, like the actor's name
		String co = units.coUnitNames().isEmpty() ? null : String.join("、", units.coUnitNames());
		history.append(ProposalEvent.of(next, now, actor.userId(), actor.displayName(), ProposalEventKind.ASSIGNED, co)
			.toUnit(units.lead().id(), units.due()));
		events.publishEvent(new ProposalAssigned(id, units.lead().id(),
				units.coUnits().stream().map(ProposalStore.CoUnit::unitId).toList(), units.due(), now, actor.userId()));
		return next;
	}

	/**
	 * A co-handling unit's opinion (会办意见) for the lead unit: history only, the state stays. The
	 * history names the co-handling unit it is given for, which then no longer waits to give one.
	 */
	public void coOpinion(Actor actor, long id, String note) {
		ProposalStore.Loaded loaded = access.visible(actor, id);
		access.require(actor, loaded, Step.CO_OPINION);
		String text = PlainText.check("proposal", "note", note, NOTE_MAX, true);
		Proposal p = loaded.proposal();
		long unit = CoOpinions.unitFor(actor, access.scope(actor), loaded.coUnits(), coOpinions.given(id, p.round()));
		Instant now = clock.instant();
		history.append(ProposalEvent.of(p, now, actor.userId(), actor.displayName(), ProposalEventKind.CO_OPINION, text)
			.toUnit(unit, null));
		events.publishEvent(new CoOpinionGiven(id, unit, p.round(), now, actor.userId()));
	}

	/** 答复 by the lead unit, with its reply letter or other documents if any. */
	public Proposal reply(Actor actor, long id, long version, String reply, List<Upload> uploads) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, Step.REPLY);
		String text = PlainText.check("proposal", "reply", reply, BODY_MAX, true);
		attachments.check(ProposalHistory.FILES, uploads, attachments.count(ProposalHistory.FILES, id));
		Instant now = clock.instant();
		Proposal next = loaded.proposal().replied(now, text);
		proposals.update(next);
		// the reply text stays in the history: a re-handling replaces the proposal's current reply
		long event = history.append(ProposalEvent.of(next, now, actor.userId(), actor.displayName(),
				ProposalEventKind.REPLIED, text));
		attachments.store(ProposalHistory.FILES, id, event, uploads, actor.userId(), now);
		events.publishEvent(new ProposalReplied(id, next.leadUnitId(), next.round(), next.dueDate(), now, actor.userId()));
		changed(id);
		return next;
	}

	/**
	 * The proposer's feedback on the reply. Without re-handling it closes the proposal; asking for
	 * re-handling (with a comment saying why) sends it back to the same units for another round.
	 */
	public Proposal feedback(Actor actor, long id, long version, ProposalInput.FeedbackText given) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, Step.FEEDBACK);
		String comment = PlainText.check("proposal", "comment", given.comment(), 500, given.rehandle());
		Feedback feedback = new Feedback(given.contacted(), Grade.parse("attitude", given.attitude()),
				Adoption.parse(given.adoption()), Grade.parse("result", given.result()), comment, given.rehandle());
		Instant now = clock.instant();
		LocalDate due = OfficeTime.today(clock).plusMonths(REHANDLE_MONTHS);
		Proposal next = loaded.proposal().fedBack(now, feedback, due);
		proposals.update(next);
		history.append(ProposalEvent.of(loaded.proposal(), now, actor.userId(), actor.displayName(),
				ProposalEventKind.FEEDBACK, comment).graded(feedback));
		ProposalEvent after = given.rehandle()
				? ProposalEvent.of(next, now, actor.userId(), actor.displayName(), ProposalEventKind.REHANDLING, null)
					.toUnit(next.leadUnitId(), due)
				: ProposalEvent.of(next, now, actor.userId(), actor.displayName(), ProposalEventKind.CLOSED, null);
		history.append(after);
		events.publishEvent(StepEvents.fedBack(next, feedback, now, actor.userId()));
		changed(id);
		return next;
	}

	ProposalStore.Loaded current(Actor actor, long id, long version) {
		ProposalStore.Loaded loaded = access.visible(actor, id);
		if (loaded.proposal().version() != version) {
			throw new OptimisticLockingFailureException(
					"proposal " + id + " is at version " + loaded.proposal().version() + ", not " + version);
		}
		return loaded;
	}

	void changed(long id) {
		events.publishEvent(new ProposalTextChanged(SourceKind.PROPOSAL, id));
	}

	private ProposalInput.Text check(ProposalInput.Text text) {
		FieldProblems problems = new FieldProblems("proposal");
		String category = problems.collect(() -> categories.require(text.categoryCode()));
		String title = problems.collect(() -> PlainText.check("proposal", "title", text.title(), TITLE_MAX, true));
		String body = problems.collect(() -> PlainText.check("proposal", "body", text.body(), BODY_MAX, true));
		problems.done();
		return new ProposalInput.Text(category, title, body);
	}

}
