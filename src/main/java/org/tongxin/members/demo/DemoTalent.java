package org.tongxin.members.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.members.talent.CultivationPlan;
import org.tongxin.members.talent.Drafts;
import org.tongxin.members.talent.PlanStatus;
import org.tongxin.members.talent.PlanStep;
import org.tongxin.members.talent.PlanStore;
import org.tongxin.members.talent.ProjectStore;
import org.tongxin.members.talent.TagStore;
import org.tongxin.members.talent.TalentAccess;
import org.tongxin.members.talent.TalentRules;
import org.tongxin.org.Units;

/**
 * Demo talent pool: tags on about 36 demo people, three cultivation plans (one in 竹根镇 with an
 * overdue step, one in 牛华镇, one elsewhere) and this year's elite project with eight people, so
 * the screens are not empty. Dates are relative to the day of loading. Written through the same
 * rules as a user's (demo mode, empty talent pool only; a restart changes nothing). Runs after the
 * demo registry and posts (@Order(300), @Order(310)).
 */
@Component
@Order(320)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoTalent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTalent.class);

	static final int TAGGED = 36;

	static final long SEED = 511112L;

	private static final String[] CODES = { "YOUNG_CADRE", "RESERVE_CADRE", "REPRESENTATIVE", "EXPERT", "NEW_CLASS",
			"PRIVATE_ECONOMY", "YOUNG_ENTREPRENEUR", "RETURNEE" };

	private final TagStore tags;

	private final PlanStore plans;

	private final ProjectStore projects;

	private final Units units;

	private final JdbcClient jdbc;

	private final TalentAccess access;

	private final TransactionTemplate transactions;

	DemoTalent(TagStore tags, PlanStore plans, ProjectStore projects, Units units, JdbcClient jdbc, TalentAccess access,
			TransactionTemplate transactions) {
		this.tags = tags;
		this.plans = plans;
		this.projects = projects;
		this.units = units;
		this.jdbc = jdbc;
		this.access = access;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean loaded = jdbc.sql("select exists (select 1 from members_person_tag) or exists (select 1 from members_cultivation_plan)"
				+ " or exists (select 1 from members_elite_project)").query(Boolean.class).single();
		List<Long> people = jdbc.sql("select id from members_person order by id").query(Long.class).list();
		if (loaded || people.size() < TAGGED) {
			return;
		}
		transactions.executeWithoutResult(status -> load(people));
		log.info("Loaded the demo talent pool: {} tagged people, 3 plans, 1 elite project", TAGGED);
	}

	private void load(List<Long> people) {
		Random random = new Random(SEED);
		Instant now = access.now();
		LocalDate today = access.today();
		List<Long> chosen = new ArrayList<>(people);
		java.util.Collections.shuffle(chosen, random);
		for (int i = 0; i < TAGGED; i++) {
			tags.assign(chosen.get(i), CODES[i % CODES.length], null, "王丽（统战部）", i % 3 == 0 ? "2026 年换届考察推荐" : null, now);
			if (i % 5 == 0) {
				tags.assign(chosen.get(i), "RESERVE_CADRE", null, "王丽（统战部）", null, now);
			}
		}
		long zhugen = firstIn("511112100");
		long niuhua = firstIn("511112101");
		tags.assign(zhugen, "YOUNG_CADRE", null, "李明（竹根镇统战干事）", "乡镇推荐", now);
		plan(zhugen, "挂职锻炼培养计划", "到区级部门挂职一年，熟悉经济工作。", today.minusMonths(8), today.plusMonths(16),
				new String[][] { { "参加区委统战部党外干部培训班", "-7", "done" }, { "到区发改局挂职", "-1", "" },
						{ "撰写调研报告", "4", "" } });
		plan(niuhua, "政治素养提升计划", "系统学习，提升参政议政能力。", today.minusMonths(3), today.plusMonths(9),
				new String[][] { { "参加市社会主义学院培训", "1", "" }, { "提交一件高质量提案", "6", "" } });
		plan(chosen.get(1), "岗位实践培养计划", null, today.minusMonths(14), today.minusMonths(2),
				new String[][] { { "参加专题调研", "-12", "done" }, { "担任项目负责人", "-4", "done" } });
		long project = projects.insert(TalentRules.project(new Drafts.ProjectDraft(today.getYear() + " 年度党外精英培养项目",
				String.valueOf(today.getYear()), "面向优秀年轻党外干部和新的社会阶层人士的年度重点培养项目。")));
		List<Long> elite = new ArrayList<>(chosen.subList(0, 7));
		elite.add(zhugen);
		for (int i = 0; i < elite.size(); i++) {
			projects.enrol(project, elite.get(i), TalentRules.enrolment(
					new Drafts.EnrolmentDraft(today.withDayOfYear(1).plusDays(20 + i).toString(), i == 0 ? "组长" : null), today));
		}
	}

	/**
	 * A plan with steps due {@code months} from today, taken step by step by the plan's own rules;
	 * a plan whose end has passed is completed at last.
	 */
	private void plan(long person, String title, String goal, LocalDate startsOn, LocalDate endsOn, String[][] steps) {
		LocalDate today = access.today();
		Instant now = access.now();
		long id = plans.insert(CultivationPlan.create(person,
				new Drafts.PlanDraft(title, goal, startsOn.toString(), endsOn.toString(), null, null)), now);
		for (String[] step : steps) {
			LocalDate due = today.plusMonths(Long.parseLong(step[1]));
			due = due.isBefore(startsOn) ? startsOn : due.isAfter(endsOn) ? endsOn : due;
			CultivationPlan plan = read(id);
			PlanStep added = plan.withStep(new Drafts.StepDraft(step[0], due.toString(), null)).lastStep();
			long stepId = plans.addStep(id, plan.version(), added, now);
			if (!step[2].isEmpty()) {
				CultivationPlan current = read(id);
				String doneOn = (due.isAfter(today) ? today : due).toString();
				plans.markDone(id, current.version(), stepId, current.stepDone(stepId, doneOn, today).step(stepId).doneOn(),
						now);
			}
		}
		if (endsOn.isBefore(today)) {
			plans.update(read(id).closed(PlanStatus.COMPLETED), now);
		}
	}

	private CultivationPlan read(long planId) {
		return CultivationPlan.of(plans.find(planId, access.today()).orElseThrow().plan());
	}

	private long firstIn(String unitCode) {
		String path = units.findByCode(unitCode).orElseThrow().path();
		return jdbc.sql("select id from members_person where unit_path like :path order by id limit 1")
			.param("path", path + "%").query(Long.class).single();
	}

}
