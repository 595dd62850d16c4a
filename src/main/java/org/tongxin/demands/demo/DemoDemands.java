package org.tongxin.demands.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
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
import org.tongxin.demands.Assignment;
import org.tongxin.demands.Submission;
import org.tongxin.demands.internal.CaseWorkflow;
import org.tongxin.demands.internal.DemandCase;
import org.tongxin.demands.sla.Categories;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.SystemActor;

/**
 * Demo cases (demo mode, empty case table only), so that lists, inboxes, clocks and figures show
 * something real: about forty demands over the last four months in 竹根镇, 牛华镇 and the other
 * towns, each taken through the workflow's own steps on the day it happened (a workflow on a fixed
 * clock per step), so every history, deadline and lateness is what the rules make of it. Some are
 * closed, some reopened after "dissatisfied", some declined, some waiting, some overdue (the sweep
 * escalates those once it runs). Enterprise difficulties concern the demo enterprises of their town.
 */
@Component
@Order(500)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoDemands implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDemands.class);

	private record Topic(String category, String title, String description) {
	}

	private static final List<Topic> TOPICS = List.of(
			new Topic("LIVELIHOOD", "小区路灯损坏", "居住小区主干道路灯损坏多日，夜间出行不便，请协调维修。"),
			new Topic("LIVELIHOOD", "老旧小区加装电梯咨询", "家中老人行动不便，想了解老旧小区加装电梯的补贴政策和申请流程。"),
			new Topic("EMPLOYMENT", "返乡创业贷款咨询", "孩子大学毕业准备返乡开网店，想了解创业担保贷款的条件。"),
			new Topic("EMPLOYMENT", "技能培训报名", "希望参加区里组织的电工技能培训，请告知报名方式。"),
			new Topic("POLICY", "民族宗教政策咨询", "村里新建活动场所涉及宗教活动，想了解相关规定。"),
			new Topic("POLICY", "新的社会阶层人士参政议政渠道", "作为自由职业者，想了解如何参与区里的建言献策活动。"),
			new Topic("LEGAL", "劳动合同纠纷法律援助", "所在企业拖欠三个月工资，希望得到法律援助指导。"),
			new Topic("LEGAL", "宅基地确权争议", "与邻居宅基地边界有争议，请求协调调解。"),
			new Topic("ENTERPRISE_FINANCE", "企业流动资金贷款", "盐化工配套企业订单增加，流动资金紧张，希望协调银行贷款。"),
			new Topic("ENTERPRISE_OPERATION", "企业用电增容", "园区企业新上生产线需要用电增容，申请协调供电部门。"),
			new Topic("ENTERPRISE_OPERATION", "企业招工难", "企业急需技术工人二十名，希望协助对接职业院校。"),
			new Topic("OTHER", "侨眷子女入学", "归侨侨眷子女转学入读本地小学，请协助了解办理手续。"));

	/** What becomes of a demo case, and how many days ago it was submitted. */
	private enum Fate {
		CLOSED, BASIC, REOPENED_THEN_CLOSED, DECLINED, ANSWERED, HANDLING, HANDLING_LATE, SUBMITTED, SUBMITTED_LATE, ANSWERED_LATE
	}

	private final DemoSteps steps;

	private final Categories categories;

	private final Units units;

	private final UserDirectory users;

	private final MemberLookup members;

	private final org.tongxin.enterprises.Enterprises enterprises;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDemands(DemoSteps steps, Categories categories, Units units, UserDirectory users, MemberLookup members,
			org.tongxin.enterprises.Enterprises enterprises, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.steps = steps;
		this.categories = categories;
		this.units = units;
		this.users = users;
		this.members = members;
		this.enterprises = enterprises;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from demands_case)").query(Boolean.class).single()) {
			return;
		}
		Actor staff = actor("staff", DataScope.ALL, Privilege.DEMAND_DISPATCH, Privilege.DEMAND_HANDLE,
				Privilege.DEMAND_VIEW, Privilege.MEMBER_VIEW, Privilege.ENTERPRISE_VIEW);
		Actor zhugen = actor("zhugen", DataScope.UNIT_AND_BELOW, Privilege.DEMAND_DISPATCH, Privilege.DEMAND_HANDLE,
				Privilege.DEMAND_VIEW, Privilege.MEMBER_VIEW, Privilege.ENTERPRISE_VIEW);
		Actor niuhua = actor("niuhua", DataScope.UNIT_AND_BELOW, Privilege.DEMAND_DISPATCH, Privilege.DEMAND_HANDLE,
				Privilege.DEMAND_VIEW, Privilege.MEMBER_VIEW, Privilege.ENTERPRISE_VIEW);
		Actor liaison = actor("huangjuejing", DataScope.UNIT, Privilege.DEMAND_HANDLE, Privilege.DEMAND_VIEW,
				Privilege.MEMBER_VIEW);
		if (staff == null || zhugen == null || niuhua == null || liaison == null) {
			return;
		}
		Random random = new Random(511112L);
		Fate[] fates = Fate.values();
		int made = 0;
		List<UnitSummary> towns = units.children(units.deploymentRoot().id());
		for (UnitSummary town : towns) {
			Actor dispatcher = town.code().equals("511112100") ? zhugen : town.code().equals("511112101") ? niuhua : staff;
			int count = dispatcher == staff ? 3 : 10;
			// people without a login: their ratings come from the dispatcher's return call (回访)
			List<PersonRef> people = members.within(town.path(), count + 2)
				.stream()
				.filter(p -> members.accountOf(p.id()).isEmpty())
				.limit(count)
				.toList();
			for (int i = 0; i < people.size(); i++) {
				Fate fate = fates[(made + i) % fates.length];
				Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
				Actor handler = dispatcher == zhugen && i % 2 == 0 ? liaison : dispatcher;
				String unitCode = handler == liaison ? "511112100003" : handler == staff ? units.deploymentRoot().code()
						: town.code();
				int daysAgo = switch (fate) {
					case SUBMITTED -> 1;
					case ANSWERED, HANDLING -> 3 + random.nextInt(4);
					default -> 20 + random.nextInt(100);
				};
				PersonRef person = people.get(i);
				// an enterprise's difficulty concerns one of the town's enterprises, when it has any
				Long enterprise = topic.category().startsWith("ENTERPRISE") ? enterprises.search(dispatcher, "公司", 20)
					.stream()
					.filter(e -> e.unitPath().startsWith(town.path()))
					.map(org.tongxin.enterprises.EnterpriseSummary::id)
					.findFirst()
					.orElse(null) : null;
				transactions.executeWithoutResult(
						s -> play(fate, topic, person, enterprise, dispatcher, handler, unitCode, daysAgo));
			}
			made += people.size();
		}
		made += memberStory(zhugen);
		log.info("Loaded {} demo demand cases through the workflow's own steps", made);
	}

	/**
	 * The demo member (login {@code member}) asked something themself: accepted and answered by the
	 * town's officer, it now waits for the member's rating on /me (the other demo people
	 * have no login, so their ratings come from return calls).
	 */
	private int memberStory(Actor zhugen) {
		UserSummary user = users.findByUsername("member").orElse(null);
		if (user == null || members.ofAccount(user.id()).isEmpty()) {
			return 0;
		}
		Actor member = new SystemActor(user.id(), user.username(), user.displayName(), user.homeUnitId(), DataScope.OWN,
				EnumSet.noneOf(Privilege.class));
		Instant start = clock.instant().minus(Duration.ofDays(5)).atZone(ZoneOffset.UTC).withHour(1).toInstant();
		long category = categories.findByCode("LIVELIHOOD").orElseThrow().id();
		transactions.executeWithoutResult(s -> {
			DemandCase c = at(start).submit(member, new Submission(category, "村道边沟堵塞",
					"村道边沟被淤泥堵塞，下雨时路面积水，请协调清理。", null, null), List.of(), false);
			c = at(start.plus(Duration.ofHours(20))).accept(zhugen, c.id(), version(c),
					new Assignment("511112100", zhugen.userId(), List.of()));
			at(start.plus(Duration.ofDays(3))).answer(zhugen, c.id(), version(c),
					"已组织村组干部清理边沟淤泥，并在路口加装了排水篦子，雨天已不再积水。", null);
		});
		return 1;
	}

	private void play(Fate fate, Topic topic, PersonRef person, Long enterprise, Actor dispatcher, Actor handler,
			String unitCode, int daysAgo) {
		Instant start = clock.instant().minus(Duration.ofDays(daysAgo)).atZone(ZoneOffset.UTC).withHour(2).toInstant();
		long category = categories.findByCode(topic.category()).orElseThrow().id();
		DemandCase c = at(start).submit(dispatcher, new Submission(category, topic.title(), topic.description(), person.id(),
				enterprise), List.of(), false);
		if (fate == Fate.SUBMITTED || fate == Fate.SUBMITTED_LATE) {
			return;
		}
		if (fate == Fate.DECLINED) {
			at(start.plus(Duration.ofDays(1))).decline(dispatcher, c.id(), c.version(), "经核实，该事项已由法院受理，不属于统战部门办理范围，已告知当事人。");
			return;
		}
		c = at(start.plus(Duration.ofHours(20))).accept(dispatcher, c.id(), steps.version(c.id()),
				new Assignment(unitCode, handler.userId(), List.of()));
		if (fate == Fate.HANDLING || fate == Fate.HANDLING_LATE) {
			at(start.plus(Duration.ofDays(2))).progress(handler, c.id(), "已电话联系当事人，正在协调相关部门。");
			return;
		}
		int answerAfter = fate == Fate.ANSWERED_LATE ? 40 : 5;
		String answer = topic.category().startsWith("ENTERPRISE") ? "已协调区金融服务中心和合作银行对接，相关手续已办结。"
				: "已会同相关部门现场核实并办理，结果已电话告知当事人。";
		java.math.BigDecimal amount = topic.category().equals("ENTERPRISE_FINANCE") ? new java.math.BigDecimal("500000.00")
				: null;
		c = at(start.plus(Duration.ofDays(answerAfter))).answer(handler, c.id(), version(c), answer, amount);
		if (fate == Fate.ANSWERED) {
			return;
		}
		Instant rated = start.plus(Duration.ofDays(answerAfter + 1));
		switch (fate) {
			case BASIC -> at(rated).rate(dispatcher, c.id(), version(c), "BASIC", "问题基本解决。");
			case REOPENED_THEN_CLOSED -> {
				c = at(rated).rate(dispatcher, c.id(), version(c), "DISSATISFIED", "回访时当事人表示问题尚未解决。");
				c = at(rated.plus(Duration.ofDays(3))).answer(handler, c.id(), version(c), "已再次协调，问题已彻底解决。", amount);
				at(rated.plus(Duration.ofDays(4))).rate(dispatcher, c.id(), version(c), "SATISFIED", "满意。");
			}
			default -> at(rated).rate(dispatcher, c.id(), version(c), "SATISFIED", "满意，感谢。");
		}
	}

	private long version(DemandCase c) {
		return steps.version(c.id());
	}

	private CaseWorkflow at(Instant instant) {
		return steps.at(instant);
	}

	private Actor actor(String username, DataScope scope, Privilege... privileges) {
		return steps.actor(username, scope, privileges);
	}

}
