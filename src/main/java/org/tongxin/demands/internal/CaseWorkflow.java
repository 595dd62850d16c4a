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
import org.tongxin.demands.internal.CaseAccess.Step;
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
 * The steps of a case, each one transaction: the case row moves on (guarded by its version, so of
 * two people acting on the same case at once one wins and the other gets 409), one or more history
 * rows record who did what and when, and a refused step changes nothing. Who may take which step is
 * decided here, on the server: a case the actor may not see is a 404, a step they may not take on a
 * case they see is a 403, a step the case is not ready for is a Rejection naming its status.
 */
@Service
@Transactional
public class CaseWorkflow {

	static final int TITLE_MAX = 100;

	static final int DESCRIPTION_MAX = 2000;

	static final int NOTE_MAX = 2000;

	static final int COMMENT_MAX = 500;

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

	CaseWorkflow(CaseStore cases, CaseHistory history, Categories categories, BusinessCalendar calendar, Clock clock,
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
		CaseSubjects.Subject subject = problems.collect(() -> subjects.resolve(actor, s.personId(), s.enterpriseId()));
		problems.done();
		// a member's own app is still the member; an office system submitting through the API is "API"
		Channel channel = throughApi && subject.channel() != Channel.SELF ? Channel.API : subject.channel();
		Instant now = clock.instant();
		LocalDate today = OfficeTime.today(clock);
		long id = cases.nextId();
		String caseNo = "SQ" + today.getYear() + String.format("%07d", id);
		DemandCase c = new DemandCase(id, caseNo, category.id(), title, description, subject.personId(),
				subject.enterpriseId(), subject.requesterUserId(), actor.userId(), channel, subject.unit().id(),
				subject.unit().path(), null, null, null, DemandStatus.SUBMITTED, 1, now,
				calendar.addWorkingDays(today, category.acceptDays()), null, null, null, null, null, null, null, 0, false,
				null, null, null, null, false, 0);
		cases.insert(c);
		long event = history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.SUBMITTED, null)
			.withDue(c.acceptDue()));
		attachments.store(CaseHistory.FILES, id, event, uploads, actor.userId(), now);
		events.publishEvent(new DemandSubmitted(id, c.unitId(), c.categoryId(), now, actor.userId()));
		return c;
	}

	/**
	 * More photos or documents on an open case, from its requester or from those who dispatch or
	 * handle it (evidence of the handling). Recorded in the history with the file names.
	 */
	public void attach(Actor actor, long id, List<Upload> uploads) {
		DemandCase c = caseAccess.visible(actor, id);
		caseAccess.require(actor, c, Step.ATTACH);
		if (uploads.isEmpty()) {
			throw new Rejection("files", "demand.files.required");
		}
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
		caseAccess.require(actor, c, Step.ACCEPT);
		AssignmentRules.Handlers handlers = assignments.resolve(actor, assignment);
		DemandCategory category = categories.find(c.categoryId()).orElseThrow();
		Instant now = clock.instant();
		LocalDate today = OfficeTime.today(clock);
		LocalDate due = calendar.addWorkingDays(today, category.answerDays());
		DemandCase next = c.accepted(now, handlers.unit().id(), handlers.unit().path(), handlers.lead().id(), due,
				today.isAfter(c.acceptDue()));
		cases.update(next);
		cases.replaceCoHandlers(id, handlers.coHandlers());
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.ACCEPTED, null));
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.ASSIGNED, null)
			.toUnit(handlers.unit().id(), c.unitId(), handlers.lead().id())
			.withDue(due));
		events.publishEvent(new DemandAccepted(id, handlers.unit().id(), handlers.lead().id(), due, now, actor.userId()));
		return next;
	}

	public DemandCase decline(Actor actor, long id, long version, String reason) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, Step.DECLINE);
		String why = PlainText.check("demand", "reason", reason, NOTE_MAX, true);
		Instant now = clock.instant();
		DemandCase next = c.declined(now);
		cases.update(next);
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.DECLINED, why));
		events.publishEvent(new DemandDeclined(id, now, actor.userId()));
		return next;
	}

	/**
	 * Sends a case being handled to another unit, by its dispatcher or its handlers (the matter is
	 * not theirs). The deadline stays: the requester's wait does not start again.
	 */
	public DemandCase transfer(Actor actor, long id, long version, Assignment assignment, String reason) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, Step.TRANSFER);
		String why = PlainText.check("demand", "reason", reason, NOTE_MAX, true);
		AssignmentRules.Handlers handlers = assignments.resolve(actor, assignment);
		if (handlers.unit().id() == c.handlingUnitId() && handlers.lead().id() == c.leadUserId()) {
			throw new Rejection("unitCode", "demand.transfer.same");
		}
		DemandCase next = c.transferred(handlers.unit().id(), handlers.unit().path(), handlers.lead().id());
		cases.update(next);
		cases.replaceCoHandlers(id, handlers.coHandlers());
		Instant now = clock.instant();
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.TRANSFERRED, why)
			.toUnit(handlers.unit().id(), c.handlingUnitId(), handlers.lead().id()));
		events.publishEvent(new DemandTransferred(id, c.handlingUnitId(), handlers.unit().id(), handlers.lead().id(), now,
				actor.userId()));
		return next;
	}

	/** A progress note by a handler or co-handler: history only, the case's state stays. */
	public void progress(Actor actor, long id, String note) {
		DemandCase c = caseAccess.visible(actor, id);
		caseAccess.require(actor, c, Step.PROGRESS);
		String text = PlainText.check("demand", "note", note, NOTE_MAX, true);
		Instant now = clock.instant();
		history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.PROGRESS, text));
		events.publishEvent(new DemandProgressRecorded(id, now, actor.userId()));
	}

	public DemandCase answer(Actor actor, long id, long version, String answer, BigDecimal amount) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, Step.ANSWER);
		String text = PlainText.check("demand", "answer", answer, NOTE_MAX, true);
		DemandCategory category = categories.find(c.categoryId()).orElseThrow();
		if (amount != null && !category.withAmount()) {
			throw new Rejection("amount", "demand.amount.notApplicable");
		}
		if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12)) {
			throw new Rejection("amount", "demand.amount.invalid");
		}
		Instant now = clock.instant();
		DemandCase next = c.answered(now, text, amount == null ? c.amount() : amount,
				OfficeTime.today(clock).isAfter(c.dueDate()));
		cases.update(next);
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.ANSWERED, text));
		events.publishEvent(new DemandAnswered(id, next.amount(), next.everLate() && !c.everLate(), now, actor.userId()));
		return next;
	}

	/**
	 * The requester's rating. Satisfied or basically satisfied closes the case; dissatisfied (with a
	 * reason) reopens it for another round with the same handlers and a new deadline. When the
	 * person has no login, the dispatcher records the rating from a return call (回访).
	 */
	public DemandCase rate(Actor actor, long id, long version, String ratingName, String comment) {
		DemandCase c = current(actor, id, version);
		caseAccess.require(actor, c, Step.RATE);
		Rating rating = Rating.parse(ratingName);
		String text = PlainText.check("demand", "comment", comment, COMMENT_MAX, rating == Rating.DISSATISFIED);
		Instant now = clock.instant();
		history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.RATED, text).withRating(rating));
		if (rating.closes()) {
			DemandCase next = c.rated(now, rating, text);
			cases.update(next);
			history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.CLOSED, null));
			events.publishEvent(new DemandClosed(id, rating, now, actor.userId()));
			return next;
		}
		DemandCategory category = categories.find(c.categoryId()).orElseThrow();
		LocalDate due = calendar.addWorkingDays(OfficeTime.today(clock), category.reopenDays());
		DemandCase next = c.reopened(rating, text, due);
		cases.update(next);
		history.append(CaseEvent.of(next, now, actor.userId(), actor.displayName(), EventKind.REOPENED, null)
			.toUnit(next.handlingUnitId(), null, next.leadUserId())
			.withDue(due));
		events.publishEvent(new DemandReopened(id, next.round(), due, now, actor.userId()));
		return next;
	}

	/** A leader's supervision note (督办): flags the case for its handlers; any open case in scope. */
	public void supervise(Actor actor, long id, String note) {
		DemandCase c = caseAccess.visible(actor, id);
		caseAccess.require(actor, c, Step.SUPERVISE);
		String text = PlainText.check("demand", "note", note, NOTE_MAX, true);
		cases.markSupervised(id);
		Instant now = clock.instant();
		history.append(CaseEvent.of(c, now, actor.userId(), actor.displayName(), EventKind.SUPERVISED, text));
		events.publishEvent(new DemandSupervised(id, now, actor.userId()));
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
