package org.tongxin.proposals.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberLookup;
import org.tongxin.org.Units;
import org.tongxin.proposals.reports.ReportAccess;
import org.tongxin.proposals.reports.ReportHistory;
import org.tongxin.proposals.reports.ReportStore;
import org.tongxin.proposals.reports.ReportWorkflow;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.SystemActor;

/**
 * Demo public-opinion reports (demo mode, empty report table only), each taken through the
 * workflow's own steps on the day it happened. 2021 holds the article's "more than 60 social
 * conditions and public opinions": 63 reports from the party organisations, two towns and two
 * members, most accepted, some adopted at the district, city or province and instructed by leaders,
 * some declined. The current year holds reports at every stage.
 */
@Component
@Order(610)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	static final int ARTICLE_YEAR = 2021;

	static final int ARTICLE_REPORTS = 63;

	private static final List<String> TOWNS = List.of("竹根镇", "牛华镇", "桥沟镇", "西坝镇", "冠英镇", "石麟镇", "蔡金镇", "金山镇");

	private static final List<String[]> SUBJECTS = List.of(
			new String[] { "RURAL", "农村集体经济发展后劲不足", "部分村集体经济收入主要依靠资源发包，缺乏稳定产业支撑。建议因村施策发展物业经济和服务经济。" },
			new String[] { "SOCIAL", "独居老人照护压力增大", "独居和空巢老人比例上升，子女长期在外，日常照护和突发疾病救助缺乏保障。" },
			new String[] { "ECONOMY", "小微企业用工成本上升", "部分小微企业反映社保缴费和用工成本上升较快，经营压力加大，希望落实减负政策。" },
			new String[] { "ECOLOGY", "河道沿岸垃圾堆放", "部分河段沿岸存在生活垃圾和建筑垃圾堆放，汛期易造成污染，群众反映强烈。" },
			new String[] { "GOVERNANCE", "物业服务纠纷多发", "老旧小区物业服务不规范、收费争议多，业主委员会成立难，矛盾纠纷频发。" },
			new String[] { "CULTURE", "乡村文化设施利用率低", "部分村文化活动室建成后使用率低，缺少专人管理和活动内容。" },
			new String[] { "SOCIAL", "农村学生上学交通不便", "偏远村组学生上学路途远，缺少安全的校车和公交线路，家长接送负担重。" },
			new String[] { "ECONOMY", "农产品销售渠道单一", "特色农产品以传统批发为主，价格波动大，农户增收不稳定。" },
			new String[] { "GOVERNANCE", "网格员队伍待遇偏低", "社区网格员工作任务重、待遇偏低，人员流动性大，影响基层治理效能。" });

	/** Who reports: the party organisations' accounts, two town officers, two members. */
	private static final List<String> REPORTERS = List.of("minge", "minmeng", "minjian", "minjin", "nonggong", "jiusan",
			"zhugen", "niuhua", "member", "member2");

	private final ReportStore store;

	private final ReportHistory history;

	private final ReportAccess access;

	private final MemberLookup members;

	private final Units units;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoReports(ReportStore store, ReportHistory history, ReportAccess access, MemberLookup members, Units units,
			UserDirectory users, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.store = store;
		this.history = history;
		this.access = access;
		this.members = members;
		this.units = units;
		this.users = users;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from proposals_report)").query(Boolean.class).single()) {
			return;
		}
		Actor staff = actor("staff", DataScope.ALL, EnumSet.of(Privilege.PROPOSAL_VIEW, Privilege.PROPOSAL_REVIEW));
		List<Actor> reporters = new ArrayList<>();
		for (String name : REPORTERS) {
			reporters.add(actor(name, name.startsWith("member") ? DataScope.OWN : DataScope.UNIT,
					EnumSet.noneOf(Privilege.class)));
		}
		if (staff == null || reporters.contains(null)) {
			return;
		}
		for (int i = 0; i < ARTICLE_REPORTS; i++) {
			int n = i;
			Instant day = OfficeTime.startOf(LocalDate.of(ARTICLE_YEAR, 1 + i % 11, 2 + (i * 5) % 25)).plus(Duration.ofHours(10));
			transactions.executeWithoutResult(s -> play(n, reporters.get(n % reporters.size()), staff, day, true));
		}
		for (int i = 0; i < 8; i++) {
			int n = i;
			Instant day = clock.instant().minus(Duration.ofDays(90 - 10L * i));
			transactions.executeWithoutResult(s -> play(n + 100, reporters.get(n % reporters.size()), staff, day, n >= 2));
		}
		log.info("Loaded {} demo public-opinion reports through the workflow's own steps", ARTICLE_REPORTS + 8);
	}

	private void play(int n, Actor reporter, Actor staff, Instant day, boolean reviewed) {
		String[] subject = SUBJECTS.get(n % SUBJECTS.size());
		String town = TOWNS.get((n / SUBJECTS.size() + n) % TOWNS.size());
		long id = at(day).submit(reporter, subject[0], "关于" + town + subject[1] + "的情况反映", town + "：" + subject[2]);
		if (!reviewed) {
			return;
		}
		Instant review = day.plus(Duration.ofDays(3));
		if (n % 4 == 3) {
			at(review).decline(staff, id, version(id), "所反映情况已由相关部门掌握并在处理中，不再编报。");
			return;
		}
		at(review).edit(staff, id, version(id), "关于" + town + subject[1] + "的情况",
				town + "：" + subject[2] + "（经编辑）");
		at(review).accept(staff, id, version(id));
		Instant later = review.plus(Duration.ofDays(10));
		String on = OfficeTime.dateOf(later).toString();
		ReportWorkflow flow = at(later);
		if (n % 2 == 0) {
			flow.adopt(staff, id, "DISTRICT", "《五通桥统战信息》", on);
		}
		if (n % 5 == 0) {
			flow.forward(staff, id, "CITY", "中共乐山市委统战部", on);
			flow.adopt(staff, id, "CITY", "《乐山社情民意》", on);
		}
		if (n % 15 == 0) {
			flow.forward(staff, id, "PROVINCE", "中共四川省委统战部", on);
			flow.adopt(staff, id, "PROVINCE", "《四川统战信息》", on);
		}
		if (n % 7 == 0) {
			flow.instruct(staff, id, "DISTRICT", "区委书记", "请相关部门认真研究，提出解决措施。", on);
		}
		if (n % 14 == 0) {
			flow.instruct(staff, id, "CITY", "市委副书记", "反映的问题具有普遍性，请市级相关部门研究。", on);
		}
	}

	private long version(long id) {
		return store.find(id).orElseThrow().version();
	}

	/** The workflow as it would have run at that moment (no transaction of its own: the caller's). */
	private ReportWorkflow at(Instant instant) {
		return new ReportWorkflow(store, history, access, members, units, jdbc, Clock.fixed(instant, ZoneOffset.UTC), events);
	}

	private Actor actor(String username, DataScope scope, Set<Privilege> privileges) {
		UserSummary user = users.findByUsername(username).orElse(null);
		return user == null ? null
				: new SystemActor(user.id(), user.username(), user.displayName(), user.homeUnitId(), scope, privileges);
	}

}
