package org.tongxin.proposals.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.proposals.Level;
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
 * adoptions and leader instructions. A step the report is not ready for is a Rejection naming its
 * status, and changes nothing.
 */
@Service
@Transactional
public class ReportWorkflow {

	static final int TITLE_MAX = 100;

	static final int BODY_MAX = 5000;

	static final int NOTE_MAX = 2000;

	static final int NAME_MAX = 200;

	static final int POST_MAX = 100;

	private final ReportStore store;

	private final ReportHistory history;

	private final ReportAccess access;

	private final MemberLookup members;

	private final Units units;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReportWorkflow(ReportStore store, ReportHistory history, ReportAccess access, MemberLookup members, Units units,
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
	record Reporter(String kind, Long personId, long unitId, String unitPath, String name) {
	}

	Reporter reporterOf(Actor actor) {
		if (actor.scope() == DataScope.OWN) {
			PersonRef own = members.ofAccount(actor.userId())
				.orElseThrow(() -> new AccessDeniedException("user " + actor.userId() + " is not a member with a login"));
			return new Reporter("MEMBER", own.id(), own.unitId(), own.unitPath(), own.name());
		}
		UnitSummary unit = units.find(actor.homeUnitId()).orElseThrow(() -> new NotFoundException("unit", actor.homeUnitId()));
		return new Reporter("UNIT", null, unit.id(), unit.path(), unit.name());
	}

	public long submit(Actor actor, String categoryCode, String title, String body) {
		Reporter reporter = reporterOf(actor);
		FieldProblems problems = new FieldProblems("report");
		String category = problems.collect(() -> category(categoryCode));
		String t = problems.collect(() -> ReportTexts.required("title", title, TITLE_MAX));
		String b = problems.collect(() -> ReportTexts.required("body", body, BODY_MAX));
		problems.done();
		Instant now = clock.instant();
		long id = store.nextId();
		String no = "XX" + OfficeTime.today(clock).getYear() + String.format("%06d", id);
		store.insert(new Report(id, no, category, null, null, t, b, null, null, reporter.kind(), reporter.personId(),
				reporter.unitId(), reporter.unitPath(), reporter.name(), actor.userId(), ReportStatus.SUBMITTED, now, null,
				null, 0));
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.SUBMITTED, null, null, null);
		events.publishEvent(new ReportSubmitted(id, reporter.kind(), reporter.unitId(), category, now, actor.userId()));
		events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, id));
		return id;
	}

	/** The staff's edit of the text; the submitted text stays. Not on a declined report. */
	public void edit(Actor actor, long id, Long version, String title, String body) {
		Report r = current(actor, id, version);
		if (r.status() == ReportStatus.DECLINED) {
			throw refused(r);
		}
		FieldProblems problems = new FieldProblems("report");
		String t = problems.collect(() -> ReportTexts.required("title", title, TITLE_MAX));
		String b = problems.collect(() -> ReportTexts.required("body", body, BODY_MAX));
		problems.done();
		store.update(r.edited(t, b));
		Instant now = clock.instant();
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.EDITED, null, null, null);
		events.publishEvent(new ReportEdited(id, now, actor.userId()));
		events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, id));
	}

	public void accept(Actor actor, long id, Long version) {
		Report r = current(actor, id, version);
		if (r.status() != ReportStatus.SUBMITTED) {
			throw refused(r);
		}
		Instant now = clock.instant();
		store.update(r.reviewed(ReportStatus.ACCEPTED, now, null));
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.ACCEPTED, null, null, null);
		events.publishEvent(new ReportAccepted(id, r.reporterUnitId(), now, actor.userId()));
		events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, id));
	}

	public void decline(Actor actor, long id, Long version, String reason) {
		Report r = current(actor, id, version);
		if (r.status() != ReportStatus.SUBMITTED) {
			throw refused(r);
		}
		String why = ReportTexts.required("reason", reason, NOTE_MAX);
		Instant now = clock.instant();
		store.update(r.reviewed(ReportStatus.DECLINED, now, why));
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.DECLINED, why, null, null);
		events.publishEvent(new ReportDeclined(id, r.reporterUnitId(), now, actor.userId()));
		events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, id));
	}

	/** Reported upward (报送) to the city, province or nation, once per level. */
	public void forward(Actor actor, long id, String levelName, String recipient, String date) {
		Report r = accepted(actor, id);
		Level level = ReportTexts.level("level", levelName);
		if (!level.isAboveDistrict()) {
			throw new Rejection("level", "report.forward.level", levelLabel(level));
		}
		String who = ReportTexts.required("recipient", recipient, NAME_MAX);
		LocalDate on = ReportTexts.pastDate("forwardedOn", date, clock);
		ReportDates.notBeforeSubmission("forwardedOn", on, r);
		ReportDates.forwardBeforeAdoption(on, level, store.adoptedOn(r.id(), level));
		Instant now = clock.instant();
		if (!store.insertForward(r.id(), level, who, on, actor.userId(), now)) {
			throw new Rejection("level", "report.forward.twice", levelLabel(level));
		}
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.FORWARDED, who, level, null);
		events.publishEvent(new ReportForwarded(id, level, on, now, actor.userId()));
	}

	/** Adopted (采用) at a level, once per level: by whom and when. */
	public void adopt(Actor actor, long id, String levelName, String adoptedBy, String date) {
		Report r = accepted(actor, id);
		Level level = ReportTexts.level("level", levelName);
		String who = ReportTexts.required("adoptedBy", adoptedBy, NAME_MAX);
		LocalDate on = ReportTexts.pastDate("adoptedOn", date, clock);
		ReportDates.notBeforeSubmission("adoptedOn", on, r);
		ReportDates.adoptionAfterForward(on, level, store.forwardedOn(r.id(), level));
		Instant now = clock.instant();
		if (!store.insertAdoption(r.id(), level, who, on, actor.userId(), now)) {
			throw new Rejection("level", "report.adoption.twice", levelLabel(level));
		}
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.ADOPTED, who, level, null);
		events.publishEvent(new ReportAdopted(id, level, on, now, actor.userId()));
	}

	/** A leader's written instruction (批示): the leader's level and post, the text, the date. */
	public void instruct(Actor actor, long id, String levelName, String post, String instruction, String date) {
		Report r = accepted(actor, id);
		Level level = ReportTexts.level("level", levelName);
		String leaderPost = ReportTexts.required("post", post, POST_MAX);
		String text = ReportTexts.required("instruction", instruction, BODY_MAX);
		LocalDate on = ReportTexts.pastDate("instructedOn", date, clock);
		ReportDates.notBeforeSubmission("instructedOn", on, r);
		Instant now = clock.instant();
		long instructionId = store.insertInstruction(r.id(), level, leaderPost, text, on, actor.userId(), now);
		history.append(id, now, actor.userId(), actor.displayName(), ReportEventKind.INSTRUCTED, leaderPost, level,
				instructionId);
		events.publishEvent(new ReportInstructed(id, level, on, now, actor.userId()));
	}

	private Report current(Actor actor, long id, Long version) {
		Report r = access.reviewable(actor, id);
		long expected = ReportTexts.version(version);
		if (r.version() != expected) {
			throw new OptimisticLockingFailureException("report " + id + " is at version " + r.version() + ", not " + expected);
		}
		return r;
	}

	/** The accepted report, locked until the step commits: a forward and an adoption checked at once see each other. */
	private Report accepted(Actor actor, long id) {
		Report r = access.reviewable(actor, id);
		store.lock(id);
		if (r.status() != ReportStatus.ACCEPTED) {
			throw refused(r);
		}
		return r;
	}

	private static Rejection refused(Report r) {
		// the status named in the reader's language, and as its code for API clients
		return new Rejection("status", "report.step.status",
				new DefaultMessageSourceResolvable("report.status." + r.status().name()), r.status().name());
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

	/** The level as a message argument in the reader's language (市级, City). */
	private static org.springframework.context.support.DefaultMessageSourceResolvable levelLabel(Level level) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "report.level." + level.name() }, level.name());
	}

}
