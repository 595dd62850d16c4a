package org.tongxin.demands.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.CaseDetail;
import org.tongxin.demands.CaseDetail.Named;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.sla.Categories;
import org.tongxin.demands.sla.SlaClock;
import org.tongxin.enterprises.Enterprises;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberLookup;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.workflow.Attachment;
import org.tongxin.shared.workflow.Timeline;
import org.tongxin.shared.workflow.TypicalMark;
import org.tongxin.shared.workflow.TypicalMarks;

/**
 * Puts a case's page together in a fixed number of statements: the case, its co-handlers, its
 * history, its attachments, then every unit, user and person they mention in one look-up each.
 */
@Service
@Transactional(readOnly = true)
public class CaseViews {

	/** Not steps of the workflow, offered beside them: mark the case as typical, take the mark off. */
	static final String TYPICAL = "TYPICAL", UNTYPICAL = "UNTYPICAL";

	private final CaseAccess access;

	private final CaseHistory history;

	private final Categories categories;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final Units units;

	private final UserDirectory users;

	private final MemberLookup members;

	private final Enterprises enterprises;

	private final TypicalMarks typical;

	CaseViews(CaseAccess access, CaseHistory history, Categories categories, BusinessCalendar calendar, Clock clock,
			Units units, UserDirectory users, MemberLookup members, Enterprises enterprises, TypicalMarks typical) {
		this.typical = typical;
		this.access = access;
		this.history = history;
		this.categories = categories;
		this.calendar = calendar;
		this.clock = clock;
		this.units = units;
		this.users = users;
		this.members = members;
		this.enterprises = enterprises;
	}

	public CaseDetail detail(Actor actor, long id, Locale locale) {
		CaseScope scope = access.scope(actor);
		CaseAccess.Seen seen = access.visible(scope, id);
		DemandCase c = seen.theCase();
		List<Long> co = seen.coHandlers();
		Timeline<CaseEvent> timeline = history.timeline(id);
		List<CaseEvent> events = timeline.steps();
		Set<Long> unitIds = new HashSet<>();
		Set<Long> userIds = new HashSet<>(co);
		unitIds.add(c.origin().unitId());
		addIfPresent(unitIds, c.handling().unitId());
		addIfPresent(unitIds, c.escalation().unitId());
		userIds.add(c.origin().submittedByUserId());
		addIfPresent(userIds, c.handling().leadUserId());
		for (CaseEvent e : events) {
			addIfPresent(unitIds, e.route().unitId());
			addIfPresent(unitIds, e.route().fromUnitId());
			addIfPresent(userIds, e.route().userId());
		}
		Map<Long, UnitSummary> unitsById = units.findAll(unitIds).stream()
			.collect(Collectors.toMap(UnitSummary::id, u -> u));
		Map<Long, UserSummary> usersById = users.findAll(userIds);
		DemandCategory category = categories.find(c.request().categoryId()).orElseThrow();
		List<CaseDetail.Step> steps = events.stream()
			// user 0 is the platform itself (the sweep): named in the reader's language on the page
			.map(e -> new CaseDetail.Step(e.at(), e.actorUserId() == 0 ? null : e.actorName(), e.kind(), e.round(),
					e.note(), unitName(unitsById, e.route().unitId()), unitName(unitsById, e.route().fromUnitId()),
					userName(usersById, e.route().userId()), e.rating(), e.dueDate(), files(timeline.filesOf(e.id()))))
			.toList();
		SlaClock sla = SlaClock.of(c.openDeadline(), category.warnDaysFor(c.status()), OfficeTime.today(clock), calendar);
		Set<String> allowed = access.steps(actor, scope, c, co).stream().map(Enum::name).collect(Collectors.toSet());
		TypicalMark mark = typical.find(TypicalDemands.TABLE, id).orElse(null);
		if (access.mayMarkTypical(actor, c)) {
			allowed.add(TYPICAL);
			if (mark != null) {
				allowed.add(UNTYPICAL);
			}
		}
		return new CaseDetail(c.id(), c.caseNo(), c.version(),
				new CaseDetail.Category(category.id(), category.name(locale), category.withAmount()),
				request(c, unitsById, usersById),
				new CaseDetail.Handling(unit(unitsById, c.handling().unitId()), user(usersById, c.handling().leadUserId()),
						co.stream().map(u -> user(usersById, u)).toList()),
				stage(c), outcome(c),
				new CaseDetail.Attention(unit(unitsById, c.escalation().unitId()), c.escalation().supervised(), mark,
						sla),
				steps, files(timeline.files()), allowed);
	}

	private CaseDetail.Request request(DemandCase c, Map<Long, UnitSummary> unitsById, Map<Long, UserSummary> usersById) {
		CaseOrigin o = c.origin();
		Named person = o.personId() == null ? null
				: members.findAll(List.of(o.personId())).values().stream()
					.map(p -> new Named(p.id(), p.name(), null))
					.findFirst()
					.orElse(null);
		Named enterprise = o.enterpriseId() == null ? null
				: enterprises.findAll(List.of(o.enterpriseId())).values().stream()
					.map(e -> new Named(e.id(), e.name(), e.creditCode()))
					.findFirst()
					.orElse(null);
		return new CaseDetail.Request(c.request().title(), c.request().description(), person, enterprise,
				c.request().channel(), user(usersById, o.submittedByUserId()), unit(unitsById, o.unitId()));
	}

	private static CaseDetail.Stage stage(DemandCase c) {
		return new CaseDetail.Stage(c.status(), c.round(), c.request().submittedAt(), c.deadlines().acceptDue(),
				c.handling().acceptedAt(), c.deadlines().dueDate(), c.answer().answeredAt(), c.closedAt());
	}

	private static CaseDetail.Outcome outcome(DemandCase c) {
		CaseAnswer a = c.answer();
		return new CaseDetail.Outcome(a.text(), a.rating(), a.ratingComment(), a.reopenedCount(),
				c.deadlines().everLate(), a.amount());
	}

	private static List<CaseDetail.File> files(List<Attachment> files) {
		return files.stream()
			.map(f -> new CaseDetail.File(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.isImage(), f.uploadedAt()))
			.toList();
	}

	private static void addIfPresent(Set<Long> ids, Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static Named unit(Map<Long, UnitSummary> units, Long id) {
		UnitSummary u = id == null ? null : units.get(id);
		return u == null ? null : new Named(u.id(), u.name(), u.code());
	}

	private static Named user(Map<Long, UserSummary> users, Long id) {
		UserSummary u = id == null ? null : users.get(id);
		return u == null ? null : new Named(u.id(), u.displayName(), null);
	}

	private static String unitName(Map<Long, UnitSummary> units, Long id) {
		UnitSummary u = id == null ? null : units.get(id);
		return u == null ? null : u.name();
	}

	private static String userName(Map<Long, UserSummary> users, Long id) {
		UserSummary u = id == null ? null : users.get(id);
		return u == null ? null : u.displayName();
	}

}
