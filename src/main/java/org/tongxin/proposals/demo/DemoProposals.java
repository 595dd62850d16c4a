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
import org.tongxin.org.Units;
import org.tongxin.proposals.internal.CoOpinions;
import org.tongxin.proposals.internal.HandlingUnits;
import org.tongxin.proposals.internal.Proposal;
import org.tongxin.proposals.internal.ProposalAccess;
import org.tongxin.proposals.internal.ProposalCategories;
import org.tongxin.proposals.internal.ProposalHistory;
import org.tongxin.proposals.internal.ProposalInput;
import org.tongxin.proposals.internal.ProposalStore;
import org.tongxin.proposals.internal.ProposalWorkflow;
import org.tongxin.proposals.internal.Proposers;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.SystemActor;
import org.tongxin.shared.workflow.RecordAttachments;

/**
 * Demo proposals (demo mode, empty proposal table only), each taken through the workflow's own
 * steps on the day it happened (a workflow on a fixed clock per step), so every history is what the
 * rules make of it. 2021 holds the article's "more than 50 proposals": 52 submitted by the six
 * democratic-party organisations and two members, most registered, handled, replied to and closed,
 * some declined, merged or returned first. The current year holds proposals at every stage.
 */
@Component
@Order(600)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoProposals implements org.springframework.boot.ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

	/** The year the source article reports on. */
	static final int ARTICLE_YEAR = 2021;

	static final int ARTICLE_PROPOSALS = 52;

	private record Topic(String category, String subject, String body) {
	}

	static final List<String> TOWNS = List.of("竹根镇", "牛华镇", "桥沟镇", "西坝镇", "冠英镇", "石麟镇", "蔡金镇", "金山镇");

	private static final List<Topic> TOPICS = List.of(
			new Topic("RURAL", "发展茶叶深加工", "茶园面积逐年扩大，但初制加工为主、附加值低。建议整合村级集体经济资源，引进深加工企业，打造区域公共品牌，带动农户增收。"),
			new Topic("CULTURE", "盐文化旅游开发", "五通桥盐业历史悠久，遗存丰富。建议系统梳理盐井、盐灶和老街资源，串联成文化旅游线路，配套研学与民宿。"),
			new Topic("SOCIAL", "老旧小区改造", "部分小区建于上世纪九十年代，管网老化、无障碍设施缺失。建议分批纳入改造计划，同步推进加装电梯与停车位建设。"),
			new Topic("SOCIAL", "农村养老服务", "留守老人增多，村级养老服务薄弱。建议依托村卫生室和党群服务中心建立互助养老点，引入社会组织运营。"),
			new Topic("ECONOMY", "中小企业融资", "园区中小企业普遍反映融资难、融资贵。建议设立应急转贷资金池，推广知识产权质押和订单融资。"),
			new Topic("ECONOMY", "职业技能培训", "企业招工难与劳动者就业难并存。建议围绕盐磷化工、新能源材料等产业开设订单式培训班。"),
			new Topic("ECOLOGY", "河道生态治理", "部分河段存在面源污染和岸线破损。建议开展河道生态修复，建立河长制考核与群众监督相结合的机制。"),
			new Topic("GOVERNANCE", "乡村道路养护", "通村公路建成后养护责任不清，部分路段坑洼。建议落实县乡村三级养护责任和经费保障。"),
			new Topic("SOCIAL", "留守儿童关爱", "外出务工家庭较多，留守儿童心理健康和课后看护需要关注。建议建立学校、村社、志愿者联动的关爱机制。"),
			new Topic("RURAL", "特色农产品电商", "特色农产品销售渠道单一。建议建设区级电商公共服务中心，培训农村电商带头人，完善冷链物流。"),
			new Topic("SOCIAL", "基层医疗服务", "乡镇卫生院人才流失，群众看病需往返城区。建议推进医共体建设，落实基层医务人员待遇保障。"),
			new Topic("ECONOMY", "工业园区配套", "园区生活配套不足，企业员工通勤和住宿困难。建议规划建设人才公寓和公交专线。"),
			new Topic("CULTURE", "历史文化遗产保护", "部分古建筑和工业遗存缺乏维护。建议开展普查建档，制定分级保护措施，鼓励社会资本参与活化利用。"),
			new Topic("ECOLOGY", "生活垃圾分类处理", "农村生活垃圾收运体系不完善。建议推行分类减量和积分兑换，完善镇村收运设施。"),
			new Topic("RURAL", "农村饮水安全", "部分高山村饮水水源季节性短缺。建议实施供水管网延伸和水源地保护工程。"),
			new Topic("GOVERNANCE", "新就业形态劳动者权益", "外卖、网约车等新就业形态劳动者社会保障不足。建议推动建立职业伤害保障，设立户外劳动者驿站。"));

	/** The party organisations' accounts and the demo members who propose. */
	static final List<String> ORGANISATIONS = List.of("minge", "minmeng", "minjian", "minjin", "nonggong", "jiusan");

	static final List<String> MEMBERS = List.of("member", "member2");

	/** Lead units, by code, and the login that answers for each. */
	private static final List<String[]> HANDLERS = List.of(new String[] { "LG-JXJ", "jingxin" },
			new String[] { "LG-NYJ", "nongye" }, new String[] { "LG-RSJ", "renshe" },
			new String[] { "511112100", "zhugen" }, new String[] { "511112101", "niuhua" });

	private final ProposalStore proposals;

	private final ProposalHistory history;

	private final ProposalAccess access;

	private final ProposalCategories categories;

	private final Proposers proposers;

	private final HandlingUnits handlingUnits;

	private final RecordAttachments attachments;

	private final CoOpinions coOpinions;

	private final ApplicationEventPublisher events;

	private final UserDirectory users;

	private final Units units;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoProposals(ProposalStore proposals, ProposalHistory history, ProposalAccess access,
			ProposalCategories categories, Proposers proposers, HandlingUnits handlingUnits,
			RecordAttachments attachments, CoOpinions coOpinions, ApplicationEventPublisher events, UserDirectory users,
			Units units, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.coOpinions = coOpinions;
		this.proposals = proposals;
		this.history = history;
		this.access = access;
		this.categories = categories;
		this.proposers = proposers;
		this.handlingUnits = handlingUnits;
		this.attachments = attachments;
		this.events = events;
		this.users = users;
		this.units = units;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from proposals_proposal)").query(Boolean.class).single()) {
			return;
		}
		Actor staff = actor("staff", DataScope.ALL, Privilege.PROPOSAL_VIEW, Privilege.PROPOSAL_REVIEW,
				Privilege.PROPOSAL_HANDLE);
		List<Actor> authors = new ArrayList<>();
		ORGANISATIONS.forEach(name -> authors.add(actor(name, DataScope.UNIT)));
		MEMBERS.forEach(name -> authors.add(actor(name, DataScope.OWN)));
		if (staff == null || authors.contains(null) || HANDLERS.stream().anyMatch(h -> actor(h[1], DataScope.UNIT) == null)) {
			return;
		}
		List<Long> registered2021 = new ArrayList<>();
		for (int i = 0; i < ARTICLE_PROPOSALS; i++) {
			Instant day = OfficeTime.startOf(LocalDate.of(ARTICLE_YEAR, 1 + i % 11, 3 + (i * 7) % 24)).plus(Duration.ofHours(9));
			int n = i;
			Long id = transactions.execute(s -> play2021(n, authors.get(n % authors.size()), staff, day, registered2021));
			if (id != null) {
				registered2021.add(id);
			}
		}
		LocalDate today = OfficeTime.today(clock);
		for (int i = 0; i < 12; i++) {
			int n = i;
			// spread over the last four months, the last step of each still in the past
			Instant day = clock.instant().minus(Duration.ofDays(120 - 8L * i));
			transactions.executeWithoutResult(s -> playCurrent(n, authors.get(n % authors.size()), staff, day, today));
		}
		log.info("Loaded {} demo proposals through the workflow's own steps", ARTICLE_PROPOSALS + 12);
	}

	/** A 2021 proposal: returns its id when it ends registered (and handled). */
	private Long play2021(int n, Actor author, Actor staff, Instant day, List<Long> registered) {
		Proposal p = draftAndSubmit(n, author, day);
		Instant review = day.plus(Duration.ofDays(5));
		if (n % 13 == 5) {
			at(review).decline(staff, p.id(), version(p), "所提问题已有明确政策规定，已向建言人解释说明。");
			return null;
		}
		if (n % 17 == 8 && !registered.isEmpty()) {
			at(review).merge(staff, p.id(), version(p), registered.get(registered.size() - 1), "与已立案建言内容相近，并案办理。");
			return null;
		}
		if (n % 11 == 3) {
			p = at(review).returnForRevision(staff, p.id(), version(p), "请补充具体的实施路径和资金测算。");
			review = review.plus(Duration.ofDays(4));
			p = at(review).submit(author, p.id(), version(p));
			review = review.plus(Duration.ofDays(3));
		}
		handle(n, p, staff, author, review, n % 4 == 0, true, 40 + n % 30);
		return p.id();
	}

	/** A current proposal, left at the stage its number gives it. */
	private void playCurrent(int n, Actor author, Actor staff, Instant day, LocalDate today) {
		ProposalWorkflow flow = at(day);
		if (n == 0) {
			flow.draft(author, text(n + 100), List.of());
			return;
		}
		Proposal p = draftAndSubmit(n + 100, author, day);
		if (n <= 2) {
			return;
		}
		Instant review = day.plus(Duration.ofDays(2));
		if (n == 3) {
			at(review).register(staff, p.id(), version(p), true, null);
			return;
		}
		handle(n, p, staff, author, review, true, n >= 8, 8);
	}

	private Proposal draftAndSubmit(int n, Actor author, Instant day) {
		ProposalWorkflow flow = at(day);
		Proposal p = flow.draft(author, text(n), List.of());
		return at(day.plus(Duration.ofHours(2))).submit(author, p.id(), p.version());
	}

	/** Register, assign, reply and (when {@code toTheEnd}) the proposer's feedback, one re-handling now and then. */
	private void handle(int n, Proposal p, Actor staff, Actor author, Instant from, boolean makePublic, boolean toTheEnd,
			int replyAfterDays) {
		String[] handler = HANDLERS.get(n % HANDLERS.size());
		String[] co = HANDLERS.get((n + 1) % HANDLERS.size());
		Actor unit = actor(handler[1], DataScope.UNIT);
		at(from).register(staff, p.id(), version(p), makePublic, null);
		Instant assigned = from.plus(Duration.ofDays(3));
		LocalDate due = OfficeTime.dateOf(assigned).plusMonths(3);
		at(assigned).assign(staff, p.id(), version(p), new ProposalInput.Assignment(unitId(handler[0]),
				List.of(unitId(co[0])), due));
		if (!toTheEnd && n % 2 == 0) {
			return;
		}
		Instant replied = assigned.plus(Duration.ofDays(replyAfterDays));
		at(replied).reply(unit, p.id(), version(p), "经研究，建议所提问题已纳入本单位年度重点工作，并会同相关部门制定了具体措施，将分步实施。", List.of());
		if (!toTheEnd) {
			return;
		}
		Instant fed = replied.plus(Duration.ofDays(6));
		if (n % 9 == 4) {
			at(fed).feedback(author, p.id(), version(p), new ProposalInput.FeedbackText(true, "SATISFIED", "PARTLY",
					"DISSATISFIED", "措施尚未覆盖偏远村组，请进一步完善。", true));
			at(fed.plus(Duration.ofDays(20))).reply(unit, p.id(), version(p), "已将偏远村组纳入实施范围，并明确了完成时限。", List.of());
			fed = fed.plus(Duration.ofDays(26));
		}
		at(fed).feedback(author, p.id(), version(p), new ProposalInput.FeedbackText(true, "SATISFIED",
				n % 3 == 0 ? "PARTLY" : "ADOPTED", n % 5 == 0 ? "BASIC" : "SATISFIED", null, false));
	}

	private ProposalInput.Text text(int n) {
		Topic topic = TOPICS.get(n % TOPICS.size());
		String town = TOWNS.get((n / TOPICS.size() + n) % TOWNS.size());
		return new ProposalInput.Text(topic.category(), "关于" + town + topic.subject() + "的建议", town + "：" + topic.body());
	}

	private long unitId(String code) {
		return units.findByCode(code).orElseThrow().id();
	}

	private long version(Proposal p) {
		return proposals.find(p.id()).orElseThrow().version();
	}

	/** The workflow as it would have run at that moment (no transaction of its own: the caller's). */
	private ProposalWorkflow at(Instant instant) {
		return new ProposalWorkflow(proposals, history, access, categories, proposers, handlingUnits, attachments, coOpinions,
				events, Clock.fixed(instant, ZoneOffset.UTC));
	}

	private Actor actor(String username, DataScope scope, Privilege... privileges) {
		UserSummary user = users.findByUsername(username).orElse(null);
		Set<Privilege> held = privileges.length == 0 ? EnumSet.noneOf(Privilege.class) : EnumSet.of(privileges[0], privileges);
		if (scope == DataScope.UNIT && privileges.length == 0 && !ORGANISATIONS.contains(username)) {
			held = EnumSet.of(Privilege.PROPOSAL_HANDLE);
		}
		return user == null ? null
				: new SystemActor(user.id(), user.username(), user.displayName(), user.homeUnitId(), scope, held);
	}

}
