package org.tongxin.demands.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.internal.AssignmentRules;
import org.tongxin.demands.internal.CaseAccess;
import org.tongxin.demands.internal.CaseHistory;
import org.tongxin.demands.internal.CaseStore;
import org.tongxin.demands.internal.CaseSubjects;
import org.tongxin.demands.internal.CaseWorkflow;
import org.tongxin.demands.internal.TypicalDemands;
import org.tongxin.demands.sla.Categories;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.SystemActor;
import org.tongxin.shared.workflow.RecordAttachments;
import org.tongxin.shared.workflow.TypicalMarks;

/**
 * What the demo runners share: the case workflow as it would have run at a past moment (its own
 * services on a fixed clock, so deadlines, lateness and figures are what the rules make of that
 * day), a case's current version, and demo users as actors.
 */
@Component
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoSteps {

	private final CaseStore cases;

	private final CaseHistory history;

	private final Categories categories;

	private final BusinessCalendar calendar;

	private final CaseAccess access;

	private final AssignmentRules assignments;

	private final CaseSubjects subjects;

	private final RecordAttachments attachments;

	private final ApplicationEventPublisher events;

	private final UserDirectory users;

	private final TypicalMarks typicalMarks;

	DemoSteps(CaseStore cases, CaseHistory history, Categories categories, BusinessCalendar calendar, CaseAccess access,
			AssignmentRules assignments, CaseSubjects subjects, RecordAttachments attachments,
			ApplicationEventPublisher events, UserDirectory users, TypicalMarks typicalMarks) {
		this.typicalMarks = typicalMarks;
		this.cases = cases;
		this.history = history;
		this.categories = categories;
		this.calendar = calendar;
		this.access = access;
		this.assignments = assignments;
		this.subjects = subjects;
		this.attachments = attachments;
		this.events = events;
		this.users = users;
	}

	/** The workflow as it would have run at that moment (no transaction of its own: the caller's). */
	CaseWorkflow at(Instant instant) {
		return new CaseWorkflow(cases, history, categories, calendar, Clock.fixed(instant, ZoneOffset.UTC), access,
				assignments, subjects, attachments, events);
	}

	/** Typical-case marking as it would have run at that moment. */
	TypicalDemands typicalAt(Instant instant) {
		return new TypicalDemands(access, typicalMarks, history, Clock.fixed(instant, ZoneOffset.UTC));
	}

	long version(long caseId) {
		return cases.find(caseId).orElseThrow().version();
	}

	/** A demo user as an actor with the privileges given, or null when the demo has no such user. */
	Actor actor(String username, DataScope scope, Privilege... privileges) {
		UserSummary user = users.findByUsername(username).orElse(null);
		return user == null ? null
				: new SystemActor(user.id(), user.username(), user.displayName(), user.homeUnitId(), scope,
						EnumSet.of(privileges[0], privileges));
	}

}
