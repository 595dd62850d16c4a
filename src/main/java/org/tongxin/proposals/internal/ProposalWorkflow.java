package org.tongxin.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

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
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.RecordAttachments;
import org.tongxin.shared.workflow.Upload;
import org.tongxin.shared.web.FieldProblems;

/**
 * Takes the steps of a proposal, each in one transaction: loads it, checks whose turn the step is
 * ({@link ProposalAccess}), has the {@link Proposal} take the step (its status and its own rules),
 * stores the next state guarded by the version (of two staff acting on the same proposal at once one
 * wins and the other gets 409), records the step in the history and publishes its event. A refused
 * step changes nothing. Co-signing lives in {@link CoSigning}.
 */
@Service
@Transactional
public class ProposalWorkflow {

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

	public ProposalWorkflow(ProposalStore proposals, ProposalHistory history, ProposalAccess access,
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
		Proposal p = Proposal.drafted(id, number, checked, new Proposal.ProposedBy(proposer.kind(), proposer.personId(),
				proposer.unit().id(), proposer.unit().path(), proposer.name(), actor.userId()), now);
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
		access.require(actor, loaded, ProposalAction.EDIT);
		ProposalInput.Text checked = check(text);
		attachments.check(ProposalHistory.FILES, uploads, attachments.count(ProposalHistory.FILES, id));
		Proposal next = loaded.proposal().edited(checked);
		proposals.update(next);
		Instant now = clock.instant();
		// a signature was given to the text as it was: those who signed must sign the new text again
		List<String> unsigned = proposals.unsign(id);
		long event = history.append(ProposalEvent.of(next, now, actor.userId(), actor.displayName(),
				ProposalEventKind.EDITED, unsigned.isEmpty() ? null : String.join("、", unsigned)));
		attachments.store(ProposalHistory.FILES, id, event, uploads, actor.userId(), now);
		events.publishEvent(new ProposalEdited(id, checked.categoryCode(), unsigned.size(), now, actor.userId()));
		changed(id);
		return next;
	}

	/** Submits a draft or a returned proposal; refused while an invited co-signer has not signed. */
	public Proposal submit(Actor actor, long id, long version) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, ProposalAction.SUBMIT);
		Instant now = clock.instant();
		Proposal next = loaded.proposal().submitted(now, loaded.coSigners());
		proposals.update(next);
		history.append(ProposalEvent.of(next, now, actor.userId(), actor.displayName(), ProposalEventKind.SUBMITTED, null));
		events.publishEvent(new ProposalSubmitted(id, next.proposer().unitId(), next.text().categoryCode(),
				loaded.proposal().status() == ProposalStatus.RETURNED, loaded.coSigners().size(), now, actor.userId()));
		changed(id);
		return next;
	}

	/** 立案: the proposal will be handled; public ones are shown to every signed-in user. */
	public Proposal register(Actor actor, long id, long version, boolean makePublic, String note) {
		return review(actor, id, version, ProposalAction.REGISTER, p -> p.registered(clock.instant(), note, makePublic));
	}

	/** 不予立案, with the reason the proposer will read. */
	public Proposal decline(Actor actor, long id, long version, String reason) {
		return review(actor, id, version, ProposalAction.DECLINE, p -> p.declined(clock.instant(), reason));
	}

	/** 退回修改: back to the author with the reason; they edit and submit again. */
	public Proposal returnForRevision(Actor actor, long id, long version, String reason) {
		return review(actor, id, version, ProposalAction.RETURN, p -> p.returned(clock.instant(), reason));
	}

	/** 并案: handled together with a registered proposal on the same matter; both histories record it. */
	public Proposal merge(Actor actor, long id, long version, Long targetId, String note) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, ProposalAction.MERGE);
		Proposal target = access.visible(actor, loaded.proposal().mergeTarget(targetId)).proposal();
		Proposal merged = review(actor, id, version, ProposalAction.MERGE,
				p -> p.merged(clock.instant(), target, note));
		history.append(ProposalEvent.of(target, clock.instant(), actor.userId(), actor.displayName(),
				ProposalEventKind.MERGED_IN, merged.proposalNo()).related(id));
		return merged;
	}

	/**
	 * A reviewer's step: the proposal takes it once it is known to be the actor's, so that nobody
	 * learns the rules of a proposal they may not see; the event kind names the status it led to.
	 */
	private Proposal review(Actor actor, long id, long version, ProposalAction step, UnaryOperator<Proposal> take) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, step);
		Proposal next = take.apply(loaded.proposal());
		proposals.update(next);
		Proposal.Review review = next.review();
		ProposalEvent event = ProposalEvent.of(next, review.reviewedAt(), actor.userId(), actor.displayName(),
				ProposalEventKind.valueOf(next.status().name()), review.note());
		history.append(review.mergedIntoId() == null ? event : event.related(review.mergedIntoId()));
		events.publishEvent(StepEvents.reviewed(next, review.reviewedAt(), actor.userId()));
		changed(id);
		return next;
	}

	/** 交办: to a lead unit with co-handling units and a deadline. */
	public Proposal assign(Actor actor, long id, long version, ProposalInput.Assignment assignment) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, ProposalAction.ASSIGN);
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
		access.require(actor, loaded, ProposalAction.CO_OPINION);
		Proposal p = loaded.proposal();
		String text = p.coOpinion(note);
		long unit = CoOpinions.unitFor(actor, access.scope(actor), loaded.coUnits(), coOpinions.given(id, p.round()));
		Instant now = clock.instant();
		history.append(ProposalEvent.of(p, now, actor.userId(), actor.displayName(), ProposalEventKind.CO_OPINION, text)
			.toUnit(unit, null));
		events.publishEvent(new CoOpinionGiven(id, unit, p.round(), now, actor.userId()));
	}

	/** 答复 by the lead unit, with its reply letter or other documents if any. */
	public Proposal reply(Actor actor, long id, long version, String reply, List<Upload> uploads) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, ProposalAction.REPLY);
		Instant now = clock.instant();
		Proposal next = loaded.proposal().replied(now, reply);
		attachments.check(ProposalHistory.FILES, uploads, attachments.count(ProposalHistory.FILES, id));
		proposals.update(next);
		// the reply text stays in the history: a re-handling replaces the proposal's current reply
		long event = history.append(ProposalEvent.of(next, now, actor.userId(), actor.displayName(),
				ProposalEventKind.REPLIED, next.answer().reply()));
		attachments.store(ProposalHistory.FILES, id, event, uploads, actor.userId(), now);
		events.publishEvent(new ProposalReplied(id, next.handling().leadUnitId(), next.round(),
				next.handling().dueDate(), now, actor.userId()));
		changed(id);
		return next;
	}

	/**
	 * The proposer's feedback on the reply. Without re-handling it closes the proposal; asking for
	 * re-handling (with a comment saying why) reopens it for the same units in another round.
	 */
	public Proposal feedback(Actor actor, long id, long version, ProposalInput.FeedbackText given) {
		ProposalStore.Loaded loaded = current(actor, id, version);
		access.require(actor, loaded, ProposalAction.FEEDBACK);
		Instant now = clock.instant();
		Proposal next = loaded.proposal().fedBack(now, given, OfficeTime.today(clock));
		proposals.update(next);
		Feedback feedback = next.answer().feedback();
		history.append(ProposalEvent.of(loaded.proposal(), now, actor.userId(), actor.displayName(),
				ProposalEventKind.FEEDBACK, feedback.comment()).graded(feedback));
		ProposalEvent after = feedback.rehandle()
				? ProposalEvent.of(next, now, actor.userId(), actor.displayName(), ProposalEventKind.REHANDLING, null)
					.toUnit(next.handling().leadUnitId(), next.handling().dueDate())
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
		String title = problems.collect(() -> PlainText.check("proposal", "title", text.title(), Proposal.TITLE_MAX, true));
		String body = problems.collect(() -> PlainText.check("proposal", "body", text.body(), Proposal.BODY_MAX, true));
		problems.done();
		return new ProposalInput.Text(category, title, body);
	}

}
