package org.tongxin.members.demo;

import java.util.ArrayList;
import java.util.Collections;
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
import org.tongxin.members.posts.MemberPostRepository;
import org.tongxin.members.posts.PostDraft;
import org.tongxin.members.posts.PostRules;
import org.tongxin.members.posts.PostWriter;

/**
 * Demo representative posts for about 40 of the demo people: the district CPPCC's 9th session
 * (ended 2021-12-31) and 10th (serving), a few district NPC deputies, a few city-level seats and
 * association posts. Written through the same rules as a user's (demo mode, no posts yet; a
 * restart changes nothing). Runs after the demo registry (@Order(300)), which it needs.
 */
@Component
@Order(310)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoPosts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPosts.class);

	static final int PEOPLE = 40;

	/** Fixed, so that the same people get the same posts on every fresh start. */
	static final long SEED = 511112L;

	private static final String[] SECTORS = { "民主党派界", "经济界", "工商联界", "教育界", "医药卫生界", "无党派人士界",
			"少数民族界", "科技界", "农业界", "宗教界" };

	private static final String[][] ASSOCIATIONS = { { "区工商联", "执委" }, { "硅谷商会", "副会长" }, { "区工商联", "常委" },
			{ "区个体劳动者协会", "理事" }, { "区侨联", "委员" }, { "区新联会", "理事" }, { "硅谷商会", "会员代表" },
			{ "区青年企业家协会", "副会长" } };

	private final MemberPostRepository posts;

	private final PostWriter writer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoPosts(MemberPostRepository posts, PostWriter writer, JdbcClient jdbc, TransactionTemplate transactions) {
		this.posts = posts;
		this.writer = writer;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (posts.count() > 0) {
			return;
		}
		List<Long> people = jdbc.sql("select id from members_person order by id").query(Long.class).list();
		if (people.size() < PEOPLE) {
			return;
		}
		Random random = new Random(SEED);
		List<Long> chosen = new ArrayList<>(people);
		Collections.shuffle(chosen, random);
		int count = transactions.execute(status -> {
			int written = 0;
			for (int i = 0; i < PEOPLE; i++) {
				for (PostDraft draft : draftsFor(i, random)) {
					writer.add(chosen.get(i), PostRules.check(draft));
					written++;
				}
			}
			return written;
		});
		log.info("Loaded {} demo representative posts for {} people", count, PEOPLE);
	}

	/** Person i's posts: the first 24 sit in the district CPPCC, then NPC deputies, city seats, association posts. */
	private static List<PostDraft> draftsFor(int i, Random random) {
		List<PostDraft> list = new ArrayList<>();
		String sector = SECTORS[random.nextInt(SECTORS.length)];
		if (i < 24) {
			String position = i == 0 ? "副主席" : i < 5 ? "常委" : "委员";
			if (i % 3 != 2) {
				list.add(seat("CPPCC", "COUNTY", 9, sector, i < 3 ? "常委" : "委员", "2016-12-28", "2021-12-31"));
			}
			if (i < 20) {
				list.add(seat("CPPCC", "COUNTY", 10, sector, position, "2022-01-05", ""));
			}
		}
		else if (i < 30) {
			list.add(seat("NPC", "COUNTY", 19, "", "代表", "2021-12-30", ""));
		}
		else if (i < 34) {
			list.add(i % 2 == 0 ? seat("CPPCC", "CITY", 9, sector, "委员", "2022-01-10", "")
					: seat("NPC", "CITY", 9, "", "代表", "2022-01-08", ""));
		}
		if (i >= 24 || i % 4 == 0) {
			String[] post = ASSOCIATIONS[i % ASSOCIATIONS.length];
			list.add(new PostDraft("ASSOCIATION_POST", "", "", post[0], "", post[1], "2021-06-" + (10 + i % 15), "", null));
		}
		return list;
	}

	private static PostDraft seat(String kind, String level, int session, String sector, String position, String startedOn,
			String endedOn) {
		return new PostDraft(kind, level, String.valueOf(session), "", sector, position, startedOn, endedOn, null);
	}

}
