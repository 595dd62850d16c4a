package org.tongxin.members.demo;

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
import org.tongxin.members.awards.AwardDraft;
import org.tongxin.members.awards.AwardRules;
import org.tongxin.members.awards.AwardWriter;

/**
 * Demo awards (荣誉) as records: the article's national model worker (全国劳动模范, 2020), a member
 * of 硅谷商会 who keeps the village as home unit, and a handful of provincial and city awards. The
 * free-text awards field stays as the registry wrote it. Written through the same rules as a user's
 * (demo mode, no awards yet; a restart changes nothing), after the demo posts (@Order(310)).
 */
@Component
@Order(320)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoAwards implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAwards.class);

	/** Title, level, year, conferred by: the first for the model worker, the others one person each. */
	private static final String[][] AWARDS = { { "全国劳动模范", "NATIONAL", "2020", "中共中央、国务院" },
			{ "四川省劳动模范", "PROVINCIAL", "2018", "四川省人民政府" },
			{ "四川省优秀民营企业家", "PROVINCIAL", "2019", "四川省工商联" },
			{ "乐山市劳动模范", "CITY", "2017", "乐山市人民政府" }, { "乐山市三八红旗手", "CITY", "2021", "乐山市妇联" },
			{ "乐山市优秀中国特色社会主义事业建设者", "CITY", "2019", "乐山市委统战部" } };

	private final AwardWriter writer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoAwards(AwardWriter writer, JdbcClient jdbc, TransactionTemplate transactions) {
		this.writer = writer;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (writer.any()) {
			return;
		}
		// chamber members first (the article's model worker holds the 硅谷商会 post beside the village), then anyone
		List<Long> people = jdbc.sql("""
				select p.id from members_person p
				order by not exists (select 1 from members_post o where o.person_id = p.id
				and o.kind = 'ASSOCIATION_POST' and btrim(o.organisation) = '硅谷商会' and o.ended_on is null), p.id
				limit :n""").param("n", AWARDS.length).query(Long.class).list();
		if (people.size() < AWARDS.length) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < AWARDS.length; i++) {
				String[] a = AWARDS[i];
				writer.add(people.get(i), AwardRules.check(new AwardDraft(a[0], a[1], a[2], a[3])));
			}
		});
		log.info("Loaded {} demo awards", AWARDS.length);
	}

}
