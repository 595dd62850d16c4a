package org.tongxin.demands.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.demands.Assignment;
import org.tongxin.demands.Submission;
import org.tongxin.demands.internal.DemandCase;
import org.tongxin.demands.sla.Categories;
import org.tongxin.enterprises.EnterpriseSummary;
import org.tongxin.enterprises.Enterprises;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.figures.ReportAmounts;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * The article's concentric service station (同心服务站) of the new industrial base at work: the
 * difficulties the base's enterprises brought to it, each taken through the workflow's own steps on
 * the day it happened (received at the station, accepted, answered with the amount raised where
 * money was involved, rated after a return call). 2021 holds the article's 103 difficulties solved
 * for enterprises and more than 5 billion yuan raised: 103 solved, 70 of them with amounts that add up
 * to 50.318亿元 (a few large credit lines of the silicon projects, many small loans), and three
 * declined; the years after hold fewer, with smaller amounts, and this year two are still being
 * handled. Runs once (demo mode, no case at the station yet), after the other demo cases.
 */
@Component
@Order(510)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoStationDifficulties implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStationDifficulties.class);

	static final String STATION = "SS-XXGY";

	static final String PARK = "五通桥新型工业基地";

	static final int ARTICLE_YEAR = 2021;

	/**
	 * The amounts (万元) of the article year's difficulties that involved money, in the order they
	 * were solved: 503,180万元 in all, i.e. 50.318亿元.
	 */
	private static final String[] ARTICLE_AMOUNTS = ("1200 2400 80000 5000 4000 3500 600 1800 4000 2000 1200 9000 100"
			+ " 800 300.44 65000 4000 6000 8000 1200 800 3000 5000 3500 1500 1000 1500 3500 2500 1200 4500 3500 200 500"
			+ " 12000 6000 1000 2879.56 3500 150 4000 800 1500 2400 3500 5000 12500 200 1000 1800 6000 300 5000 30000"
			+ " 500 6000 18000 50000 6000 3000 1500 42000 1200 1500 7500 10000 15000 150 6000 3000").split(" ");

	/** Amounts (万元) of the later years' difficulties, taken in turn. */
	private static final int[] LATER_AMOUNTS = { 300, 1200, 800, 5000, 2000, 600, 15000, 450, 3000 };

	/** Solved difficulties per year after the article's, from 2022. */
	private static final int[] LATER_SOLVED = { 14, 11, 9, 8, 6 };

	private record Topic(String category, String title, String description, String answer) {
	}

	private static final List<Topic> MONEY = List.of(
			new Topic("ENTERPRISE_FINANCE", "流动资金贷款", "订单增加，原材料采购资金紧张，希望协调银行发放流动资金贷款。",
					"已协调合作银行完成授信审批并放款，企业流动资金压力缓解。"),
			new Topic("ENTERPRISE_FINANCE", "技改项目融资", "企业实施生产线技术改造，需要中长期项目贷款支持。",
					"已组织银企对接，合作银行为技改项目发放中长期贷款。"),
			new Topic("ENTERPRISE_FINANCE", "供应链融资", "下游货款回笼慢，希望以应收账款办理供应链融资。",
					"已协调银行以应收账款质押办理供应链融资，资金已到账。"),
			new Topic("ENTERPRISE_FINANCE", "新建项目银团贷款", "新建硅材料项目投资大，需要多家银行组成银团支持。",
					"已牵头组织银团并签订贷款合同，首笔资金已发放。"),
			new Topic("ENTERPRISE_OPERATION", "申报技改专项资金", "技术改造项目符合省级专项资金条件，希望指导申报。",
					"已指导企业完成申报，专项资金已拨付到位。"));

	private static final List<Topic> NO_MONEY = List.of(
			new Topic("ENTERPRISE_OPERATION", "用电增容", "新上生产线需要用电增容，申请协调供电部门。",
					"已协调供电公司完成增容改造，新生产线已通电投产。"),
			new Topic("ENTERPRISE_OPERATION", "技术工人招聘", "企业急需技术工人，希望协助对接职业院校。",
					"已组织专场招聘会并对接职业院校，企业招到所需工人。"),
			new Topic("ENTERPRISE_OPERATION", "危险废物处置", "危险废物处置去向受限，库存积压。",
					"已协调有资质的处置单位签订处置协议，库存已清运。"),
			new Topic("ENTERPRISE_OPERATION", "原料运输通道", "园区道路拥堵，原料运输车辆进出困难。",
					"已协调交通部门调整园区交通组织，增设临时停车区。"),
			new Topic("ENTERPRISE_OPERATION", "能耗指标", "新建项目需要能耗指标，请协调解决。",
					"已协调发展改革部门在区内统筹调剂能耗指标。"));

	private final DemoSteps steps;

	private final Categories categories;

	private final Units units;

	private final Enterprises enterprises;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoStationDifficulties(DemoSteps steps, Categories categories, Units units, Enterprises enterprises, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.steps = steps;
		this.categories = categories;
		this.units = units;
		this.enterprises = enterprises;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** One difficulty: when it came, what about, for whom, and the amount raised (null: none, or declined). */
	private record Plan(LocalDate submitted, Topic topic, long enterpriseId, BigDecimal amount, boolean declined,
			boolean open) {
	}

	@Override
	public void run(ApplicationArguments args) {
		UnitSummary station = units.findByCode(STATION).orElse(null);
		Actor staff = steps.actor("staff", DataScope.ALL, Privilege.DEMAND_DISPATCH, Privilege.DEMAND_HANDLE,
				Privilege.DEMAND_VIEW, Privilege.DEMAND_SUPERVISE, Privilege.ENTERPRISE_VIEW, Privilege.MEMBER_VIEW);
		Actor jingxin = steps.actor("jingxin", DataScope.UNIT, Privilege.DEMAND_HANDLE, Privilege.DEMAND_VIEW);
		if (station == null || staff == null || jingxin == null || jdbc.sql(
				"select exists (select 1 from demands_case where unit_id = :station)").param("station", station.id())
			.query(Boolean.class).single()) {
			return;
		}
		List<Long> parkEnterprises = enterprises.search(staff, null, 50).stream()
			.filter(e -> PARK.equals(e.park()))
			.map(EnterpriseSummary::id)
			.sorted()
			.toList();
		if (parkEnterprises.isEmpty()) {
			return;
		}
		List<Plan> plans = plans(parkEnterprises, OfficeTime.today(clock));
		Map<Integer, Played> largest = new TreeMap<>();
		for (Plan plan : plans) {
			Played played = transactions.execute(s -> play(plan, staff, jingxin));
			if (played.rated() != null && plan.amount() != null) {
				largest.merge(plan.submitted().getYear(), played,
						(a, b) -> a.plan().amount().compareTo(b.plan().amount()) >= 0 ? a : b);
			}
		}
		// each year's largest financing is the department's typical case of the year's report
		for (Played played : largest.values()) {
			transactions.executeWithoutResult(s -> steps.typicalAt(played.rated().plus(Duration.ofDays(2)))
				.mark(staff, played.caseId(), typicalNote(played.plan())));
		}
		log.info("Loaded {} demo difficulties received at the service station {}", plans.size(), station.name());
	}

	/** The article year's 103 solved and 3 declined, then each later year's, up to a month before today. */
	private static List<Plan> plans(List<Long> enterprises, LocalDate today) {
		List<Plan> plans = new ArrayList<>();
		int money = 0;
		int solved = 0;
		for (int i = 0; i < 106; i++) {
			LocalDate day = workday(LocalDate.of(ARTICLE_YEAR, 1, 4).plusDays(i * 305L / 106));
			long enterprise = enterprises.get(i % enterprises.size());
			if (i % 35 == 17) {
				plans.add(new Plan(day, NO_MONEY.get(i % NO_MONEY.size()), enterprise, null, true, false));
				continue;
			}
			// a third of the difficulties (electricity, workers, permits…) involve no money
			boolean withMoney = !(solved % 3 == 2 && solved < 100);
			BigDecimal amount = withMoney ? new BigDecimal(ARTICLE_AMOUNTS[money++]).movePointRight(4) : null;
			Topic topic = withMoney ? MONEY.get(money % MONEY.size()) : NO_MONEY.get(solved % NO_MONEY.size());
			plans.add(new Plan(day, topic, enterprise, amount, false, false));
			solved++;
		}
		int turn = 0;
		for (int y = 0; y < LATER_SOLVED.length && ARTICLE_YEAR + 1 + y <= today.getYear(); y++) {
			int year = ARTICLE_YEAR + 1 + y;
			int n = LATER_SOLVED[y];
			for (int k = 0; k < n; k++) {
				LocalDate day = workday(LocalDate.of(year, 1, 10).plusDays(k * 290L / n));
				if (!day.isBefore(today.minusDays(30))) {
					break;
				}
				boolean withMoney = k % 3 != 2;
				BigDecimal amount = withMoney ? BigDecimal.valueOf(LATER_AMOUNTS[turn++ % LATER_AMOUNTS.length])
					.movePointRight(4) : null;
				Topic topic = withMoney ? MONEY.get(k % MONEY.size()) : NO_MONEY.get(k % NO_MONEY.size());
				plans.add(new Plan(day, topic, enterprises.get((k + y) % enterprises.size()), amount, false, false));
			}
		}
		// this year: two brought lately, still being handled
		for (int k = 0; k < 2; k++) {
			plans.add(new Plan(today.minusDays(3 + 3L * k), MONEY.get(k), enterprises.get(k % enterprises.size()), null,
					false, true));
		}
		return plans;
	}

	private static LocalDate workday(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
				: day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
	}

	/**
	 * Received at the station at 10:00 office time by the department's officer, accepted the next
	 * morning: money matters stay with the department, which brings in the banks; the others go to the
	 * economy and IT bureau (区经信局). Answered within two weeks, rated satisfied after a return call.
	 */
	/** A difficulty played: its case, and when it was rated (null: declined or still open). */
	private record Played(Plan plan, long caseId, Instant rated) {
	}

	private static String typicalNote(Plan plan) {
		return "企业在服务站反映“" + plan.topic().title() + "”问题后，统战部当天受理、次日交办，协调解决资金"
				+ ReportAmounts.format(plan.amount(), Locale.SIMPLIFIED_CHINESE) + "，企业回访满意，是“一站式”服务民营企业的典型做法。";
	}

	private Played play(Plan plan, Actor staff, Actor jingxin) {
		Instant start = OfficeTime.startOf(plan.submitted()).plus(Duration.ofHours(10));
		long category = categories.findByCode(plan.topic().category()).orElseThrow().id();
		DemandCase c = steps.at(start).submit(staff, new Submission(category, plan.topic().title(),
				plan.topic().description(), null, plan.enterpriseId(), STATION), List.of(), false);
		if (plan.declined()) {
			steps.at(start.plus(Duration.ofHours(22))).decline(staff, c.id(), steps.version(c.id()),
					"经核实，该事项属于企业之间的合同纠纷，已引导企业通过法律途径解决。");
			return new Played(plan, c.id(), null);
		}
		boolean money = plan.topic().category().equals("ENTERPRISE_FINANCE") || plan.amount() != null;
		Actor handler = money ? staff : jingxin;
		String unit = money ? units.deploymentRoot().code() : "LG-JXJ";
		steps.at(start.plus(Duration.ofHours(22))).accept(staff, c.id(), steps.version(c.id()),
				new Assignment(unit, handler.userId(), List.of()));
		if (plan.open()) {
			return new Played(plan, c.id(), null);
		}
		Instant answered = start.plus(Duration.ofDays(5 + c.id() % 8));
		steps.at(answered).answer(handler, c.id(), steps.version(c.id()), plan.topic().answer(), plan.amount());
		steps.at(answered.plus(Duration.ofDays(1))).rate(staff, c.id(), steps.version(c.id()), "SATISFIED",
				"回访企业，问题已解决。");
		return new Played(plan, c.id(), answered.plus(Duration.ofDays(1)));
	}

}
