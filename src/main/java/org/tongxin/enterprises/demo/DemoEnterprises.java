package org.tongxin.enterprises.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.enterprises.internal.ContactPhones;
import org.tongxin.enterprises.internal.Drafts;
import org.tongxin.enterprises.internal.EnterpriseAccess;
import org.tongxin.enterprises.internal.EnterpriseRules;
import org.tongxin.enterprises.internal.EnterpriseStore;
import org.tongxin.enterprises.internal.MeasureStore;
import org.tongxin.enterprises.internal.Values;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.org.Units;

/**
 * Demo enterprises of the parks in 竹根镇 and 牛华镇 with valid credit codes (check characters
 * computed by GB 32100), contact people and service plans of 1–4 measures (some done, one
 * overdue); ten of them in the new industrial base, whose service station receives their
 * difficulties (demands' demo), written through the same rules as a user's (demo mode, no enterprises yet; a restart
 * changes nothing). Runs after the demo accounts (@Order(200)): some measures are owned by them.
 */
@Component
@Order(320)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoEnterprises implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEnterprises.class);

	/** An enterprise of the demo (the member who runs one is left for the user to link). */
	private record Demo(String name, String code, String town, String park, String industry, String address,
			List<String[]> contacts, List<String[]> measures) {
	}

	// measures: text, owner (free text, or @username), starts (days from today), due (days from today), status, note
	/** The park of the article's concentric service station (同心服务站); its enterprises bring their difficulties there. */
	static final String PARK = "五通桥新型工业基地";

	private static final List<Demo> DEMOS = List.of(
			new Demo("乐山同心盐化科技有限公司", "91511112MA62K3TQ46", "511112100", "五通桥盐磷化工园区", "盐化工",
					"竹根镇盐磷化工园区纬二路 8 号",
					List.<String[]>of(new String[] { "陈建国", "总经理", "13808130001" }, new String[] { "李晓梅", "办公室主任", "0833-3301234" }),
					List.<String[]>of(new String[] { "协调园区蒸汽管网接入", "@zhugen", "-120", "-30", "DONE", "已于园区管委会协调会上落实，接入完成。" },
							new String[] { "对接银行办理技改贷款 500 万元", "区金融工作局", "-60", "-5", "IN_PROGRESS", null },
							new String[] { "申报省级专精特新企业", "@staff", "-10", "90", "PLANNED", null })),
			new Demo("五通桥竹根食品有限公司", "91511112MA6288LB7Y", "511112100", "竹根镇小微企业创业园", "食品加工",
					"竹根镇创业园 3 栋",
					List.<String[]>of(new String[] { "王芳", "法定代表人", "13908131002" }),
					List.<String[]>of(new String[] { "协助办理食品生产许可证延续", "区市场监管局", "-90", "-40", "DONE", "许可证已延续至 2031 年。" },
							new String[] { "组织参加西博会农产品展区", "@zhugen", "-20", "45", "IN_PROGRESS", null })),
			new Demo("乐山桥城新材料有限公司", "91511112MA62PJ5N1Y", "511112100", PARK, "新材料",
					"新型工业基地科创路 16 号",
					List.<String[]>of(new String[] { "张伟", "董事长", "13551230003" }, new String[] { "刘洋", "人事经理", "18980630004" }),
					List.<String[]>of(new String[] { "引进高分子材料专业技术人才 3 名", "区委人才办", "-30", "120", "PLANNED", null },
							new String[] { "解决厂区道路照明问题", "竹根镇政府", "-45", "-15", "DONE", "路灯 12 盏已安装。" })),
			new Demo("四川牛华硅材料有限公司", "91511112MA62W0HC83", "511112101", PARK, "光伏硅材料",
					"牛华镇工业大道 99 号",
					List.<String[]>of(new String[] { "赵志强", "总经理", "13881310005" }),
					List.<String[]>of(new String[] { "协调 110 千伏专线用电负荷", "@niuhua", "-100", "-50", "DONE", "供电公司已完成扩容。" },
							new String[] { "办理新建厂房用地手续", "区自然资源局", "-40", "20", "IN_PROGRESS", null },
							new String[] { "对接高校共建硅材料研发中心", "@niuhua", "-5", "150", "PLANNED", null },
							new String[] { "申请稳岗补贴", "区人社局", "-70", "-60", "DROPPED", "企业未裁员，不符合申报条件。" })),
			new Demo("乐山牛华麻辣烫餐饮管理有限公司", "91511112MA6283RA2N", "511112101", "牛华古镇美食街区", "餐饮",
					"牛华镇古镇老街 21 号",
					List.<String[]>of(new String[] { "孙丽", "店长", "15082330006" }),
					List.<String[]>of(new String[] { "指导申报“中华老字号”", "区商务局", "-30", "60", "IN_PROGRESS", null },
							new String[] { "协调门店外摆经营时段", "@niuhua", "-15", "-2", "DONE", "已与综合执法部门明确外摆时段。" })),
			new Demo("乐山牛华盐业有限公司", "91511112MA62E7XU5K", "511112101", "五通桥盐磷化工园区", "制盐",
					"牛华镇盐井湾 5 号",
					List.<String[]>of(new String[] { "周涛", "副总经理", "13990630007" }, new String[] { "吴静", "财务负责人", "0833-3329876" }),
					List.<String[]>of(new String[] { "协助盐井老旧设施安全改造", "区应急管理局", "-80", "-20", "DONE", "改造完成并通过验收。" },
							new String[] { "推荐参加区工商联执委换届", "区工商联", "-10", "30", "PLANNED", null })),
			new Demo("乐山同心晶硅科技有限公司", "91511112MA6618WD23", "511112100", PARK, "多晶硅", "新型工业基地硅材路 1 号",
					List.<String[]>of(new String[] { "周建华", "总经理", "13808130011" }),
					List.<String[]>of(new String[] { "协调多晶硅项目能耗指标", "区发展改革局", "-60", "60", "IN_PROGRESS", null })),
			new Demo("五通桥桥兴光伏材料有限公司", "91511112MA6CJ3CQBE", "511112100", PARK, "光伏材料", "新型工业基地光伏大道 26 号",
					List.<String[]>of(new String[] { "黄磊", "董事长", "13808130012" }),
					List.<String[]>of(new String[] { "对接上下游企业签订长期供货协议", "区经信局", "-60", "60", "IN_PROGRESS", null })),
			new Demo("乐山硅谷新能源装备有限公司", "91511112MA6L588PWF", "511112101", PARK, "新能源装备", "新型工业基地装备园 3 号",
					List.<String[]>of(new String[] { "冯涛", "总经理", "13808130013" }),
					List.<String[]>of(new String[] { "申报省级企业技术中心", "@staff", "-60", "60", "IN_PROGRESS", null })),
			new Demo("四川桥城硅业有限公司", "91511112MA6U0DQBG8", "511112101", PARK, "工业硅", "新型工业基地硅业路 8 号",
					List.<String[]>of(new String[] { "何伟", "副总经理", "13808130014" }),
					List.<String[]>of(new String[] { "协调危险废物处置去向", "区生态环境局", "-60", "60", "IN_PROGRESS", null })),
			new Demo("乐山五通新材料化工有限公司", "91511112MA6U45JB7F", "511112100", PARK, "化工新材料", "新型工业基地化工园区纬一路 5 号",
					List.<String[]>of(new String[] { "罗敏", "总经理", "13808130015" }),
					List.<String[]>of(new String[] { "办理安全生产许可证延续", "区应急管理局", "-60", "60", "IN_PROGRESS", null })),
			new Demo("五通桥同创电子材料有限公司", "91511112MA6E577MPH", "511112100", PARK, "电子材料", "新型工业基地科创路 30 号",
					List.<String[]>of(new String[] { "谢丹", "人事经理", "13808130016" }),
					List.<String[]>of(new String[] { "引进电子材料专业人才", "区委人才办", "-60", "60", "IN_PROGRESS", null })),
			new Demo("乐山桥园物流有限公司", "91511112MA69PTYY24", "511112101", PARK, "物流", "新型工业基地物流园 2 号",
					List.<String[]>of(new String[] { "唐军", "总经理", "13808130017" }),
					List.<String[]>of(new String[] { "协调园区物流通道建设", "区交通运输局", "-60", "60", "IN_PROGRESS", null })),
			new Demo("四川同心光电科技有限公司", "91511112MA6X8HBCLU", "511112100", PARK, "光电", "新型工业基地光电路 12 号",
					List.<String[]>of(new String[] { "韩雪", "财务负责人", "13808130018" }),
					List.<String[]>of(new String[] { "对接银行办理供应链融资", "区金融工作局", "-60", "60", "IN_PROGRESS", null })));

	private final EnterpriseStore enterprises;

	private final MeasureStore measures;

	private final ContactPhones phones;

	private final Units units;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final EnterpriseAccess access;

	DemoEnterprises(EnterpriseStore enterprises, MeasureStore measures, ContactPhones phones, Units units,
			UserDirectory users, JdbcClient jdbc, TransactionTemplate transactions, EnterpriseAccess access) {
		this.enterprises = enterprises;
		this.measures = measures;
		this.phones = phones;
		this.units = units;
		this.users = users;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from enterprises_enterprise)").query(Boolean.class).single()
				|| units.findByCode("511112100").isEmpty()) {
			return;
		}
		LocalDate today = access.today();
		transactions.executeWithoutResult(status -> DEMOS.forEach(demo -> write(demo, today)));
		log.info("Loaded {} demo enterprises", DEMOS.size());
	}

	private void write(Demo demo, LocalDate today) {
		Values.Enterprise values = EnterpriseRules.enterprise(
				new Drafts.EnterpriseDraft(demo.name(), demo.code(), demo.town(), demo.park(), demo.industry(),
						demo.address(), null, "ACTIVE", null),
				code -> units.findByCode(code), id -> true);
		long id = enterprises.insert(values, access.now());
		for (String[] c : demo.contacts()) {
			Values.Contact contact = EnterpriseRules.contact(new Drafts.ContactDraft(c[0], c[1], c[2]));
			ContactPhones.Sealed phone = phones.seal(contact.phone());
			enterprises.insertContact(id, contact, phone.ciphertext(), phone.mask());
		}
		for (String[] m : demo.measures()) {
			String owner = m[1].startsWith("@") ? null : m[1];
			String username = m[1].startsWith("@") ? m[1].substring(1) : null;
			LocalDate starts = today.plusDays(Long.parseLong(m[2]));
			LocalDate due = today.plusDays(Long.parseLong(m[3]));
			String doneOn = "DONE".equals(m[4]) ? (due.isAfter(today) ? today : due).toString() : null;
			Values.Measure measure = EnterpriseRules.measure(new Drafts.MeasureDraft(m[0], owner, username,
					starts.toString(), due.toString(), m[4], m[5], doneOn, null),
					name -> users.findByUsername(name).map(UserSummary::id), today);
			measures.insert(id, measure, access.now());
		}
	}

}
