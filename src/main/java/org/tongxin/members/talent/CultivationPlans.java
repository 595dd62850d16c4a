package org.tongxin.members.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.PlanCreated;
import org.tongxin.members.PlanStepAdded;
import org.tongxin.members.PlanStepDone;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.talent.TalentViews.Plan;
import org.tongxin.members.talent.TalentViews.Step;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Cultivation plans (培养计划) on behalf of an actor: a plan and its steps belong to a person, so
 * the person's scope decides who may act (a plan of a person out of scope is a 404, before its
 * input is looked at); what may happen is the plan's own rules' ({@link CultivationPlan}). Each
 * step is stored only if the plan is still as its rules saw it (else 409), audited on the person
 * (the person's history shows it) and published as an event in the same transaction.
 */
@Service
public class CultivationPlans {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	private final PlanStore plans;

	private final TalentAccess access;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	CultivationPlans(PlanStore plans, TalentAccess access, AuditLog auditLog, ApplicationEventPublisher events) {
		this.plans = plans;
		this.access = access;
		this.auditLog = auditLog;
		this.events = events;
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public List<Plan> of(Actor actor, long personId) {
		access.person(actor, personId);
		return plans.forPerson(personId, access.today()).stream().map(PlanStore.Read::plan).toList();
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public Plan plan(Actor actor, long planId) {
		return visible(actor, planId);
	}

	/** Active plans of people in the actor's scope, those with the earliest open step first, with unit names. */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public Page<Plan> active(Actor actor, boolean overdueOnly, int page, int size) {
		MemberScope scope = access.scope(actor);
		LocalDate today = access.today();
		int p = Math.max(page, 0);
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		long total = plans.countActive(scope, overdueOnly, today);
		if (total == 0 || (long) p * pageSize >= total) {
			return new PageImpl<>(List.of(), PageRequest.of(p, pageSize), total);
		}
		List<PlanStore.Read> read = plans.active(scope, overdueOnly, today, p, pageSize);
		Map<Long, String> units = access.unitNames(read.stream().map(PlanStore.Read::unitId).toList());
		return new PageImpl<>(read.stream().map(r -> r.plan().withUnit(units.get(r.unitId()))).toList(),
				PageRequest.of(p, pageSize), total);
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Plan create(Actor actor, long personId, Drafts.PlanDraft draft) {
		access.person(actor, personId);
		CultivationPlan plan = CultivationPlan.create(personId, draft);
		Instant now = access.now();
		long id = plans.insert(plan, now);
		auditLog.append(described(AuditRecord.of("PLAN_CREATED").target("member", personId).detail("plan", id), plan));
		events.publishEvent(new PlanCreated(id, personId, now, actor.userId()));
		return plans.find(id, access.today()).orElseThrow().plan();
	}

	/**
	 * A change of the whole plan, its status included (absent fields keep their values); a stale
	 * version answers 409. The plan's rules decide what the change may be ({@link CultivationPlan#changed}).
	 */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Plan edit(Actor actor, long planId, Drafts.PlanDraft draft) {
		Plan plan = visible(actor, planId);
		if (draft.version() == null) {
			throw new Rejection("version", "talent.version.required");
		}
		if (draft.version() != plan.version()) {
			throw new ObjectOptimisticLockingFailureException("members_cultivation_plan", planId);
		}
		CultivationPlan before = CultivationPlan.of(plan);
		CultivationPlan after = before.changed(draft);
		Instant now = access.now();
		if (!plans.update(after, now)) {
			throw new ObjectOptimisticLockingFailureException("members_cultivation_plan", planId);
		}
		auditLog.append(described(AuditRecord.of("PLAN_CHANGED").target("member", plan.personId()).detail("plan", planId),
				after));
		PlanEvents.changed(before, after, now, actor.userId()).forEach(events::publishEvent);
		return plans.find(planId, access.today()).orElseThrow().plan();
	}

	/** A step at the end of a running plan, due within the plan's dates. */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Step addStep(Actor actor, long planId, Drafts.StepDraft draft) {
		Plan plan = visible(actor, planId);
		PlanStep added = CultivationPlan.of(plan).withStep(draft).lastStep();
		Instant now = access.now();
		long stepId = plans.addStep(plan.id(), plan.version(), added, now);
		auditLog.append(AuditRecord.of("PLAN_STEP_ADDED").target("member", plan.personId()).detail("plan", planId)
			.detail("step", stepId).detail("title", added.title()).detail("dueOn", added.dueOn()));
		events.publishEvent(new PlanStepAdded(planId, plan.personId(), stepId, added.dueOn(), now, actor.userId()));
		return step(planId, stepId);
	}

	/** Marks an open step of a running plan done on a day (empty: today). */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Step markDone(Actor actor, long stepId, String doneOn) {
		long planId = plans.planOfStep(stepId).orElseThrow(() -> new NotFoundException("step", stepId));
		Plan plan = visibleOr404(actor, planId, "step", stepId);
		LocalDate on = CultivationPlan.of(plan).stepDone(stepId, doneOn, access.today()).step(stepId).doneOn();
		Instant now = access.now();
		plans.markDone(planId, plan.version(), stepId, on, now);
		auditLog.append(AuditRecord.of("PLAN_STEP_DONE").target("member", plan.personId()).detail("plan", planId)
			.detail("step", stepId).detail("doneOn", on));
		events.publishEvent(new PlanStepDone(planId, plan.personId(), stepId, on, now, actor.userId()));
		return step(planId, stepId);
	}

	/** The plan of a step, for the pages (which redirect to its person). */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public Plan planOfStep(Actor actor, long stepId) {
		long planId = plans.planOfStep(stepId).orElseThrow(() -> new NotFoundException("step", stepId));
		return visibleOr404(actor, planId, "step", stepId);
	}

	private Step step(long planId, long stepId) {
		return plans.find(planId, access.today()).orElseThrow().plan().steps().stream()
			.filter(s -> s.id() == stepId).findFirst().orElseThrow();
	}

	private Plan visible(Actor actor, long planId) {
		return visibleOr404(actor, planId, "plan", planId);
	}

	/** The plan if its person is in scope; otherwise 404 naming what was asked for, the same as an unknown id. */
	private Plan visibleOr404(Actor actor, long planId, String entity, long id) {
		Plan plan = plans.find(planId, access.today()).map(PlanStore.Read::plan)
			.orElseThrow(() -> new NotFoundException(entity, id));
		try {
			access.person(actor, plan.personId());
		}
		catch (NotFoundException outOfScope) {
			throw new NotFoundException(entity, id);
		}
		return plan;
	}

	private static AuditRecord described(AuditRecord record, CultivationPlan p) {
		return record.detail("title", p.title()).detail("startsOn", p.startsOn()).detail("endsOn", p.endsOn())
			.detail("status", p.status());
	}

}
