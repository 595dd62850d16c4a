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
import org.tongxin.members.posts.BodySessionDraft;
import org.tongxin.members.posts.BodySessionWriter;
import org.tongxin.members.posts.MemberPostRepository;
import org.tongxin.members.posts.PostDraft;
import org.tongxin.members.posts.PostRules;
import org.tongxin.members.posts.PostWriter;

/**
 * Demo representative posts that tell the article's 2021: 195 of the registry's (non-party) people
 * serving as city and district NPC deputies and CPPCC members at the end of 2021, 152 of them in
 * the district CPPCC's 9th session (2016–2021), whose 175 seats the department recorded, so that
 * the non-party share of 86.86% comes out of the records; the 10th session (from 2022) and later
 * city sessions follow; association posts (硅谷商会 and others) beside the home unit. Written
 * through the same rules as a user's (demo mode, no posts yet; a restart changes nothing). Runs
 * after the demo registry (@Order(300)), which it needs: the seat holders of 2021 are people
 * registered by then.
 */
@Component
@Order(310)
@ConditionalOnProperty(name = "tongxin.demo", havingValue = "true")
class DemoPosts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPosts.class);

	/** Seat holders on 2021-12-31: district CPPCC, district NPC, city NPC, city CPPCC. */
	static final int DISTRICT_CPPCC = 152;

	static final int DISTRICT_NPC = 28;

	static final int CITY_NPC = 8;

	static final int CITY_CPPCC = 7;

	static final int PEOPLE = DISTRICT_CPPCC + DISTRICT_NPC + CITY_NPC + CITY_CPPCC;

	/** Of the 9th session's members, those who also sit in the 10th. */
	static final int CONTINUING = 138;

	/** Fixed, so that the same people get the same posts on every fresh start. */
	static final long SEED = 511112L;

	private static final String[] SECTORS = { "民主党派界", "经济界", "工商联界", "教育界", "医药卫生界", "无党派人士界",
			"少数民族界", "科技界", "农业界", "宗教界" };

	private static final String[][] ASSOCIATIONS = { { "区工商联", "执委" }, { "硅谷商会", "副会长" }, { "区工商联", "常委" },
			{ "区个体劳动者协会", "理事" }, { "区侨联", "委员" }, { "区新联会", "理事" }, { "硅谷商会", "会员代表" },
			{ "区青年企业家协会", "副会长" } };

	/** The sessions with their total seats (the department's figures): kind, level, number, term, seats. */
	private static final String[][] SESSIONS = { { "CPPCC", "COUNTY", "9", "2016-12-28", "2021-12-31", "175" },
			{ "CPPCC", "COUNTY", "10", "2022-01-05", "", "165" }, { "NPC", "COUNTY", "19", "2021-12-30", "", "182" } };

	private final MemberPostRepository posts;

	private final PostWriter writer;

	private final BodySessionWriter sessions;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoPosts(MemberPostRepository posts, PostWriter writer, BodySessionWriter sessions, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.posts = posts;
		this.writer = writer;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (posts.count() > 0) {
			return;
		}
		// the seat holders of 2021 were registered by then (the registry's build-up ends in November 2021)
		List<Long> people = jdbc.sql("select id from members_person where created_at < timestamp with time zone"
				+ " '2021-12-01 00:00:00+08' order by id").query(Long.class).list();
		if (people.size() < PEOPLE) {
			return;
		}
		Random random = new Random(SEED);
		List<Long> chosen = new ArrayList<>(people);
		Collections.shuffle(chosen, random);
		int count = transactions.execute(status -> {
			for (String[] s : SESSIONS) {
				sessions.create(new BodySessionDraft(s[0], s[1], s[2], s[3], s[4], s[5], null));
			}
			int written = 0;
			for (int i = 0; i < PEOPLE; i++) {
				for (PostDraft draft : draftsFor(i, random)) {
					writer.add(chosen.get(i), PostRules.check(draft));
					written++;
				}
			}
			return written;
		});
		log.info("Loaded {} demo representative posts for {} people and {} sessions", count, PEOPLE, SESSIONS.length);
	}

	/** Person i's posts: district CPPCC members first, then district NPC deputies, city deputies and members. */
	private static List<PostDraft> draftsFor(int i, Random random) {
		List<PostDraft> list = new ArrayList<>();
		String sector = SECTORS[random.nextInt(SECTORS.length)];
		if (i < DISTRICT_CPPCC) {
			list.add(seat("CPPCC", "COUNTY", 9, sector, i == 0 ? "副主席" : i < 12 ? "常委" : "委员", "2016-12-28", "2021-12-31"));
			if (i < CONTINUING) {
				list.add(seat("CPPCC", "COUNTY", 10, sector, i < 2 ? "副主席" : i < 14 ? "常委" : "委员", "2022-01-05", ""));
			}
		}
		else if (i < DISTRICT_CPPCC + DISTRICT_NPC) {
			list.add(seat("NPC", "COUNTY", 19, "", "代表", "2021-12-30", ""));
		}
		else if (i < DISTRICT_CPPCC + DISTRICT_NPC + CITY_NPC) {
			list.add(seat("NPC", "CITY", 8, "", "代表", "2016-12-20", "2021-12-31"));
			if (i % 2 == 0) {
				list.add(seat("NPC", "CITY", 9, "", "代表", "2022-01-08", ""));
			}
		}
		else {
			list.add(seat("CPPCC", "CITY", 8, sector, "委员", "2016-12-22", "2021-12-31"));
			if (i % 2 == 1) {
				list.add(seat("CPPCC", "CITY", 9, sector, "委员", "2022-01-10", ""));
			}
		}
		if (i % 5 == 0) {
			String[] post = ASSOCIATIONS[(i / 5) % ASSOCIATIONS.length];
			list.add(new PostDraft("ASSOCIATION_POST", "", "", post[0], "", post[1], "2021-06-" + (10 + i % 15), "", null));
		}
		return list;
	}
	private static PostDraft seat(String kind, String level, int session, String sector, String position, String startedOn,
			String endedOn) {
		return new PostDraft(kind, level, String.valueOf(session), "", sector, position, startedOn, endedOn, null);
	}

}
