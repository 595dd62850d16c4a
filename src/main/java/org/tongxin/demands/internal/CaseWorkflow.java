package org.tongxin.demands.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.Assignment;
import org.tongxin.demands.Channel;
import org.tongxin.demands.DemandAccepted;
import org.tongxin.demands.DemandAnswered;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.DemandClosed;
import org.tongxin.demands.DemandDeclined;
import org.tongxin.demands.DemandFilesAttached;
import org.tongxin.demands.DemandProgressRecorded;
import org.tongxin.demands.DemandReopened;
import org.tongxin.demands.DemandSubmitted;
import org.tongxin.demands.DemandSupervised;
import org.tongxin.demands.DemandTransferred;
import org.tongxin.demands.DemandStatus;
import org.tongxin.demands.EventKind;
import org.tongxin.demands.Rating;
import org.tongxin.demands.Submission;
import org.tongxin.demands.sla.Categories;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.files.StoredFiles;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.RecordAttachments;
import org.tongxin.shared.workflow.Upload;
import org.tongxin.shared.web.FieldProblems;

/**
 * The steps of a case, each one transaction: load the case (a case the actor may not see is a
 * 404; a stale version a 409), ask {@link CaseAccess} whether it is the actor's turn (a step the
 * status does not allow is a Rejection naming it, one that is not theirs a 403), let
 * {@link DemandCase} take the step under its own rules, store the next state guarded by its
 * version, write the history and publish the event. A refused step changes nothing.
 */
@Service
@Transactional
public class CaseWorkflow {

	static final int TITLE_MAX = 100;

	static final int DESCRIPTION_MAX = 2000;

	private final CaseStore cases;

	private final CaseHistory history;

	private final Categories categories;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final CaseSubjects subjects;

	private final RecordAttachments attachments;

	private final CaseAccess caseAccess;

	private final AssignmentRules assignments;

	private final ApplicationEventPublisher events;

	public CaseWorkflow(CaseStore cases, CaseHistory history, Categories categories, BusinessCalendar calendar, Clock clock,
			CaseAccess caseAccess, AssignmentRules assignments, CaseSubjects subjects, RecordAttachments attachments,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.history = history;
		this.categories = categories;
		this.calendar = calendar;
		this.clock = clock;
		this.caseAccess = caseAccess;
		this.assignments = assignments;
		this.subjects = subjects;
		this.attachments = attachments;
		this.events = events;
	}

	/**
	 * A new case. A member submits for themselves (their own person, their own unit); an officer who
	 * may dispatch or handle demands submits for a person or an enterprise in their scope, and the
	 * person's own login, if they have one, becomes the requester who sees and rates it.
	 */
	public DemandCase submit(Actor actor, Submission s, List<Upload> uploads, boolean throughApi) {
		// every problem of the form at once: category, texts, files, whom it is for
		FieldProblems problems = new FieldProblems("demand");
		DemandCategory category = problems.collect(() -> activeCategory(s.categoryId()));
		String title = problems.collect(() -> PlainText.check("demand", "title", s.title(), TITLE_MAX, true));
		String description = problems.collect(() -> PlainText.check("demand", "description", s.description(),
				DESCRIPTION_MAX, true));
		problems.check(() -> attachments.check(CaseHistory.FILES, uploads, 0));
		CaseSubjects.Subject subject = problems.collect(() -> subjects.resolve(actor, s.personId(), s.enterpriseId(),
				s.stationCode()));
		problems.done();
		// a member's own app is still the member; an office system submitting through the API is "API"
		Channel channel = throughApi && subject.channel() != Channel.SELF ? Channel.API : subject.channel();
		Instant now = clock.instant();
		LocalDate today = OfficeTime.today(clock);
		long id = cases.nextId();
		String caseNo = "SQ" + today.getYear() + String.format("%07d", id);
		DemandCase c = DemandCase.submitted(id, caseNo,
				new CaseRequest(category.id(), title, description, channel, now),
				new CaseOrigin(subject.personId(), subject.enterpriseId(), subject.requesterUserId(), actor.userId(),
						subject.unit().id(), subject.unit().path()),
				calendar.addWorkingDays(today, category.acceptDays()));
		cases.insert(c);
		long event = history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.SUBMITTED, null)
			.withDue(c.deadlines().acceptDue()));
		attachments.store(CaseHistory.FILES, id, event, uploads, actor.userId(), now);
		events.publishEvent(new DemandSubmitted(id, c.origin().unitId(), category.id(), now, actor.userId()));
		return c;
	}

	/**
	 * More photos or documents on an open case, from its requester or from those who dispatch or
	 * handle it (evidence of the handling). Recorded in the history with the file names.
	 */
	public void attach(Actor actor, long id, List<Upload> uploads) {
		DemandCase c = caseAccess.visible(actor, id);
		caseAccess.require(actor, c, CaseStep.ATTACH);
		c.attached(uploads.size());
		attachments.check(CaseHistory.FILES, uploads, attachments.count(CaseHistory.FILES, id));
		Instant now = clock.instant();
		String names = String.join("、", uploads.stream().map(u -> StoredFiles.safeName(u.fileName())).toList());
		long event = history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.ATTACHED, names));
		attachments.store(CaseHistory.FILES, id, event, uploads, actor.userId(), now);
		events.publishEvent(new DemandFilesAttached(id, uploads.size(), now, actor.userId()));
	}

	/** Accepts the case and assigns it in one step: the answer clock starts today. */
	public DemandCase accept(Actor actor, long id, long version, Assignment assignment) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, CaseStep.ACCEPT);
		AssignmentRules.Handlers handlers = assignments.resolve(actor, assignment);
		LocalDate today = OfficeTime.today(clock);
		LocalDate due = calendar.addWorkingDays(today, category(c).answerDays());
		Instant now = clock.instant();
		DemandCase next = c.accepted(now, today, handlers.unit().id(), handlers.unit().path(), handlers.lead().id(), due);
		cases.update(next);
		cases.replaceCoHandlers(id, handlers.coHandlers());
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.ACCEPTED, null));
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.ASSIGNED, null)
			.toUnit(handlers.unit().id(), c.origin().unitId(), handlers.lead().id())
			.withDue(due));
		events.publishEvent(new DemandAccepted(id, handlers.unit().id(), handlers.lead().id(), due, now, actor.userId()));
		return next;
	}

	public DemandCase decline(Actor actor, long id, long version, String reason) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, CaseStep.DECLINE);
		Instant now = clock.instant();
		DemandCase.Noted declined = c.declined(now, reason);
		cases.update(declined.next());
		history.append(CaseEvent.of(declined.next(), now, actor.userId(), actor.displayName(), EventKind.DECLINED,
				declined.note()));
		events.publishEvent(new DemandDeclined(id, now, actor.userId()));
		return declined.next();
	}

	/**
	 * Sends a case being handled to another unit, by its dispatcher or its handlers (the matter is
	 * not theirs). The deadline stays: the requester's wait does not start again.
	 */
	public DemandCase transfer(Actor actor, long id, long version, Assignment assignment, String reason) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, CaseStep.TRANSFER);
		AssignmentRules.Handlers handlers = assignments.resolve(actor, assignment);
		DemandCase.Noted moved = c.transferred(handlers.unit().id(), handlers.unit().path(), handlers.lead().id(), reason);
		cases.update(moved.next());
		cases.replaceCoHandlers(id, handlers.coHandlers());
		Instant now = clock.instant();
		history.append(CaseEvent.of(moved.next(), now, actor.userId(), actor.displayName(), EventKind.TRANSFERRED,
				moved.note()).toUnit(handlers.unit().id(), c.handling().unitId(), handlers.lead().id()));
		events.publishEvent(new DemandTransferred(id, c.handling().unitId(), handlers.unit().id(), handlers.lead().id(),
				now, actor.userId()));
		return moved.next();
	}

	/** A progress note by a handler or co-handler: history only, the case's state stays. */
	public void progress(Actor actor, long id, String note) {
		DemandCase c = caseAccess.visible(actor, id);
		caseAccess.require(actor, c, CaseStep.PROGRESS);
		String text = c.progressNoted(note).note();
		Instant now = clock.instant();
		history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.PROGRESS, text));
		events.publishEvent(new DemandProgressRecorded(id, now, actor.userId()));
	}

	public DemandCase answer(Actor actor, long id, long version, String answer, BigDecimal amount) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, CaseStep.ANSWER);
		Instant now = clock.instant();
		DemandCase next = c.answered(now, OfficeTime.today(clock), answer, amount, category(c).withAmount());
		cases.update(next);
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.ANSWERED,
				next.answer().text()));
		boolean becameLate = next.deadlines().everLate() && !c.deadlines().everLate();
		events.publishEvent(new DemandAnswered(id, next.answer().amount(), becameLate, now, actor.userId()));
		return next;
	}

	/**
	 * The requester's rating. Satisfied or basically satisfied closes the case; dissatisfied (with a
	 * reason) reopens it for another round with the same handlers and a new deadline. When the
	 * person has no login, the dispatcher records the rating from a return call (回访).
	 */
	public DemandCase rate(Actor actor, long id, long version, String ratingName, String comment) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, CaseStep.RATE);
		Instant now = clock.instant();
		LocalDate reopenDue = calendar.addWorkingDays(OfficeTime.today(clock), category(c).reopenDays());
		DemandCase next = c.rated(now, ratingName, comment, reopenDue);
		cases.update(next);
		Rating rating = next.answer().rating();
		history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.RATED,
				next.answer().ratingComment()).withRating(rating));
		if (next.status() == DemandStatus.CLOSED) {
			history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.CLOSED, null));
			events.publishEvent(new DemandClosed(id, rating, now, actor.userId()));
			return next;
		}
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.REOPENED, null)
			.toUnit(next.handling().unitId(), null, next.handling().leadUserId())
			.withDue(reopenDue));
		events.publishEvent(new DemandReopened(id, next.round(), reopenDue, now, actor.userId()));
		return next;
	}

	/** A leader's supervision note (督办): flags the case for its handlers; any open case in scope. */
	public void supervise(Actor actor, long id, String note) {
		DemandCase c = caseAccess.visible(actor, id);
		caseAccess.require(actor, c, CaseStep.SUPERVISE);
		String text = c.supervised(note).note();
		cases.markSupervised(id);
		Instant now = clock.instant();
		history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.SUPERVISED, text));
		events.publishEvent(new DemandSupervised(id, now, actor.userId()));
	}

	private DemandCategory category(DemandCase c) {
		return categories.find(c.request().categoryId()).orElseThrow();
	}

	private DemandCase current(Actor actor, long id, long version) {
		DemandCase c = caseAccess.visible(actor, id);
		if (c.version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"demand case " + id + " is at version " + c.version() + ", not " + version);
		}
		return c;
	}

	private DemandCategory activeCategory(Long id) {
		if (id == null) {
			throw new Rejection("categoryId", "demand.category.required");
		}
		return categories.find(id)
			.filter(DemandCategory::active)
			.orElseThrow(() -> new Rejection("categoryId", "demand.category.unknown", String.valueOf(id)));
	}

}
