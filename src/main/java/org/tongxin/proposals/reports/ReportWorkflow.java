package org.tongxin.proposals.reports;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.proposals.ProposalTextChanged;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.events.ReportAccepted;
import org.tongxin.proposals.events.ReportAdopted;
import org.tongxin.proposals.events.ReportDeclined;
import org.tongxin.proposals.events.ReportEdited;
import org.tongxin.proposals.events.ReportForwarded;
import org.tongxin.proposals.events.ReportInstructed;
import org.tongxin.proposals.events.ReportSubmitted;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.web.FieldProblems;

/**
 * The steps of a public-opinion report, each one transaction with a history row saying who did
 * what and when. A member reports as their person; an office account reports in its home unit's
 * name. Staff (PROPOSAL_REVIEW) edit, accept or decline (guarded by the version: of two staff
 * acting at once one wins, the other gets 409), and on an accepted report record forwards upward,
 * adoptions and leader instructions. The rules of each step are {@link Report}'s: this service loads
 * the report, checks whose turn it is ({@link ReportAccess}), takes the step, stores it, writes the
 * history and publishes the event. A refused step changes nothing.
 */
@Service
@Transactional
public class ReportWorkflow {

	private final ReportStore store;

	private final ReportHistory history;

	private final ReportAccess access;

	private final MemberLookup members;

	private final Units units;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public ReportWorkflow(ReportStore store, ReportHistory history, ReportAccess access, MemberLookup members, Units units,
			JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.history = history;
		this.access = access;
		this.members = members;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** Who a new report of this actor is in the name of: their person (a member) or their home unit. */
	Reporter reporterOf(Actor actor) {
		if (actor.scope() == DataScope.OWN) {
			PersonRef own = members.ofAccount(actor.userId())
				.orElseThrow(() -> new AccessDeniedException("user " + actor.userId() + " is not a member with a login"));
			return new Reporter(Reporter.MEMBER, own.id(), own.unitId(), own.unitPath(), own.name());
		}
		UnitSummary unit = units.find(actor.homeUnitId()).orElseThrow(() -> new NotFoundException("unit", actor.homeUnitId()));
		return new Reporter(Reporter.UNIT, null, unit.id(), unit.path(), unit.name());
	}

	public long submit(Actor actor, String categoryCode, String title, String body) {
		Reporter reporter = reporterOf(actor);
		FieldProblems problems = new FieldProblems("report");
		String category = problems.collect(() -> category(categoryCode));
		ReportText text = problems.collect(() -> ReportText.written(title, body));
		problems.done();
		Instant now = clock.instant();
		long id = store.nextId();
		String no = "XX" + OfficeTime.today(clock).getYear() + String.format("%06d", id);
		store.insert(Report.submitted(id, no, category, text, reporter, actor.userId(), now));
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.SUBMITTED, null, null, null);
		events.publishEvent(new ReportSubmitted(id, reporter.kind(), reporter.unitId(), category, now, actor.userId()));
		events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, id));
		return id;
	}

	/** The staff's edit of the text; the submitted text stays. */
	public void edit(Actor actor, long id, Long version, String title, String body) {
		Report r = current(actor, id, version);
		store.update(r.edited(title, body));
		Instant now = clock.instant();
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.EDITED, null, null, null);
		events.publishEvent(new ReportEdited(id, now, actor.userId()));
		events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, id));
	}

	public void accept(Actor actor, long id, Long version) {
		Report r = current(actor, id, version);
		Instant now = clock.instant();
		store.update(r.accepted(now));
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.ACCEPTED, null, null, null);
		events.publishEvent(new ReportAccepted(id, r.reporter().unitId(), now, actor.userId()));
		events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, id));
	}

	public void decline(Actor actor, long id, Long version, String reason) {
		Report r = current(actor, id, version);
		Instant now = clock.instant();
		Report declined = r.declined(reason, now);
		store.update(declined);
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.DECLINED,
				declined.review().reviewNote(), null, null);
		events.publishEvent(new ReportDeclined(id, r.reporter().unitId(), now, actor.userId()));
		events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, id));
	}

	/** Reported upward (报送) to the city, province or nation, once per level. */
	public void forward(Actor actor, long id, String levelName, String recipient, String date) {
		Report r = locked(actor, id);
		ReportDetail.Forward f = r.forward(levelName, recipient, date, OfficeTime.today(clock),
				level -> store.adoptedOn(id, level));
		Instant now = clock.instant();
		if (!store.insertForward(id, f.level(), f.recipient(), f.forwardedOn(), actor.userId(), now)) {
			throw new Rejection("level", "report.forward.twice", ReportDates.label(f.level()));
		}
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.FORWARDED, f.recipient(), f.level(),
				null);
		events.publishEvent(new ReportForwarded(id, f.level(), f.forwardedOn(), now, actor.userId()));
	}

	/** Adopted (采用) at a level, once per level: by whom and when. */
	public void adopt(Actor actor, long id, String levelName, String adoptedBy, String date) {
		Report r = locked(actor, id);
		ReportDetail.Adoption a = r.adopt(levelName, adoptedBy, date, OfficeTime.today(clock),
				level -> store.forwardedOn(id, level));
		Instant now = clock.instant();
		if (!store.insertAdoption(id, a.level(), a.adoptedBy(), a.adoptedOn(), actor.userId(), now)) {
			throw new Rejection("level", "report.adoption.twice", ReportDates.label(a.level()));
		}
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.ADOPTED, a.adoptedBy(), a.level(),
				null);
		events.publishEvent(new ReportAdopted(id, a.level(), a.adoptedOn(), now, actor.userId()));
	}

	/** A leader's written instruction (批示): the leader's level and post, the text, the date. */
	public void instruct(Actor actor, long id, String levelName, String post, String instruction, String date) {
		Report r = locked(actor, id);
		ReportDetail.Instruction i = r.instruct(levelName, post, instruction, date, OfficeTime.today(clock));
		Instant now = clock.instant();
		long instructionId = store.insertInstruction(id, i.level(), i.post(), i.instruction(), i.instructedOn(),
				actor.userId(), now);
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.INSTRUCTED, i.post(), i.level(),
				instructionId);
		events.publishEvent(new ReportInstructed(id, i.level(), i.instructedOn(), now, actor.userId()));
	}

	private Report current(Actor actor, long id, Long version) {
		Report r = access.reviewable(actor, id);
		long expected = ReportTexts.version(version);
		if (r.version() != expected) {
			throw new OptimisticLockingFailureException("report " + id + " is at version " + r.version() + ", not " + expected);
		}
		return r;
	}

	/** The report, locked until the step commits: a forward and an adoption checked at once see each other. */
	private Report locked(Actor actor, long id) {
		Report r = access.reviewable(actor, id);
		store.lock(id);
		return r;
	}

	private String category(String code) {
		if (code == null || code.isBlank()) {
			throw new Rejection("categoryCode", "report.field.required");
		}
		return jdbc.sql("select code from proposals_category where code = :code")
			.param("code", code.strip())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new Rejection("categoryCode", "report.category.unknown", code));
	}

}
