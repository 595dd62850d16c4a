package org.tongxin.proposals.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.ActorFixtures;
import org.tongxin.DemoLogins;
import org.tongxin.proposals.ProposalTextChanged;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.performance.ProposalRows;
import org.tongxin.proposals.performance.ProposalRows.UnitRef;

/**
 * The search reads candidates a page at a time until the actor's hits are complete: with both ways
 * of reading a part (walking the newest rows, or the GIN index) the pages join up to the same rows
 * in the same order, and an actor who sees one record in three still gets every hit, title matches
 * first, then the others, each newest first. The estimate that picks the way follows the statistics.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SearchPagingTests {

	private static final int RECORDS = 60;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SearchCandidates candidates;

	@Autowired
	GramFrequencies frequencies;

	@Test
	void pagesJoinUpAndANarrowActorGetsEveryHitInOrder() {
		String tag = "zp" + System.nanoTime() % 1_000_000;
		long[] ids = seed(tag);
		Set<String> grams = Grams.ofQuery(tag);

		for (SearchCandidates.Part part : SearchCandidates.Part.values()) {
			List<Long> walked = readAll(part, true, grams, null, 7);
			List<Long> indexed = readAll(part, false, grams, null, 11);
			assertThat(walked).as(part.name()).isEqualTo(indexed).isEqualTo(readAll(part, false, grams, null, 1000));
		}

		// every third record visible; title matches (every fifth record) first, then the rest, newest first
		List<Long> visible = new ArrayList<>();
		for (int i = 0; i < RECORDS; i++) {
			if (i % 3 == 0) {
				visible.add(ids[i]);
			}
		}
		List<Long> expected = new ArrayList<>();
		for (int i = RECORDS - 1; i >= 0; i--) {
			if (i % 5 == 0 && visible.contains(ids[i])) {
				expected.add(ids[i]);
			}
		}
		for (int i = RECORDS - 1; i >= 0; i--) {
			if (i % 5 != 0 && visible.contains(ids[i])) {
				expected.add(ids[i]);
			}
		}
		ProposalSearch search = new ProposalSearch(candidates,
				List.of(new VisibleHitsTest.HandWritten(SourceKind.PROPOSAL, visible.toArray(Long[]::new))));
		List<SearchHit> hits = search.search(ActorFixtures.actor("narrow"), tag, 15);
		assertThat(hits).extracting(SearchHit::id).containsExactlyElementsOf(expected.subList(0, 15));
		assertThat(search.search(ActorFixtures.actor("narrow"), tag, 50)).extracting(SearchHit::id)
			.containsExactlyElementsOf(expected);
		assertThat(hits.get(0).excerpt()).contains(tag);
	}

	@Test
	void withinAReachOnlyThePublicRowsAndTheListedOnesAreRead() {
		String tag = "zr" + System.nanoTime() % 1_000_000;
		long[] ids = seed(tag);
		List<Long> listed = new ArrayList<>();
		List<Long> expected = new ArrayList<>();
		for (int i = 0; i < RECORDS; i++) {
			if (i % 4 == 0) {
				jdbc.sql("update proposals_search_text set public_visible = true where source_kind = 'PROPOSAL'"
						+ " and source_id = :id").param("id", ids[i]).update();
			}
			if (i % 7 == 0) {
				listed.add(ids[i]);
			}
		}
		for (int i = RECORDS - 1; i >= 0; i--) {
			if (i % 4 == 0 || i % 7 == 0) {
				expected.add(ids[i]);
			}
		}
		SearchCandidates.Reach reach = new SearchCandidates.Reach(listed, List.of());
		Set<String> grams = Grams.ofQuery(tag);
		for (boolean walk : new boolean[] { true, false }) {
			assertThat(readAll(SearchCandidates.Part.TEXT, walk, grams, reach, 5)).as("walk %s", walk)
				.containsExactlyElementsOf(expected.stream().filter(id -> !titled(ids, id)).toList());
			assertThat(readAll(SearchCandidates.Part.TITLE, walk, grams, reach, 3)).as("walk %s", walk)
				.containsExactlyElementsOf(expected.stream().filter(id -> titled(ids, id)).toList());
		}
	}

	/** Every fifth record has the tag in its title. */
	private static boolean titled(long[] ids, long id) {
		for (int i = 0; i < ids.length; i++) {
			if (ids[i] == id) {
				return i % 5 == 0;
			}
		}
		throw new IllegalArgumentException("not seeded: " + id);
	}

	@Test
	void aMemberFindsThePublicProposalsAndTheirOwnAndNoOthers() throws Exception {
		String tag = "zm" + System.nanoTime() % 1_000_000;
		ProposalRows rows = new ProposalRows(jdbc);
		long member = jdbc.sql("""
				select p.id from members_person p join members_person_account a on a.person_id = p.id
				join identity_user u on u.id = a.user_id where u.username = 'member'""").query(Long.class).single();
		long[] ids = new long[3];
		transactions.executeWithoutResult(tx -> {
			ids[0] = rows.proposal(null, "公开测试支部", new UnitRef(1, "/1/"), "REGISTERED", "2012-06-01T02:00:00Z", null,
					"公开的建言 " + tag, "正文");
			ids[1] = rows.proposal(null, "未公开测试支部", new UnitRef(1, "/1/"), "REGISTERED", "2012-06-02T02:00:00Z",
					null, "未公开的建言 " + tag, "正文");
			ids[2] = rows.proposal(member, "会员本人", new UnitRef(1, "/1/"), "SUBMITTED", "2012-06-03T02:00:00Z", null,
					"本人的建言 " + tag, "正文");
			jdbc.sql("update proposals_proposal set public_visible = true where id = :id").param("id", ids[0]).update();
			for (long id : ids) {
				events.publishEvent(new ProposalTextChanged(SourceKind.PROPOSAL, id));
			}
		});
		String token = DemoLogins.token(mvc, "member", DemoLogins.DEMO_PASSWORD);
		String found = mvc.perform(get("/api/v1/proposal-search").param("q", tag).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Number> hits = JsonPath.read(found, "$[*].id");
		assertThat(hits).extracting(Number::longValue).containsExactly(ids[2], ids[0]);
		assertThat(jdbc.sql("select public_visible from proposals_search_text where source_kind = 'PROPOSAL'"
				+ " and source_id = :id").param("id", ids[0]).query(Boolean.class).single()).isTrue();
	}

	@Test
	void theEstimateFollowsTheStatistics() {
		String tag = "zf" + System.nanoTime() % 1_000_000;
		seed(tag);
		jdbc.sql("analyze proposals_search_text").update();
		frequencies.forget();
		List<Set<String>> common = Grams.ofQueryWords(tag);
		assertThat(frequencies.of(GramFrequencies.Column.GRAMS, common)).isPositive();
		// two words: their shares multiply
		List<Set<String>> both = Grams.ofQueryWords(tag + " " + tag);
		assertThat(frequencies.of(GramFrequencies.Column.GRAMS, both))
			.isCloseTo(Math.pow(frequencies.of(GramFrequencies.Column.GRAMS, common), 2), org.assertj.core.data.Offset.offset(1e-9));
		// a word in no row is rarer than the rarest the statistics list
		assertThat(frequencies.of(GramFrequencies.Column.GRAMS, Grams.ofQueryWords("zq无此词组合")))
			.isLessThan(frequencies.of(GramFrequencies.Column.GRAMS, common));
	}

	/** RECORDS proposals one minute apart, the tag in every body and in every fifth title. */
	private long[] seed(String tag) {
		long[] ids = new long[RECORDS];
		ProposalRows rows = new ProposalRows(jdbc);
		Instant start = Instant.parse("2012-05-01T02:00:00Z");
		transactions.executeWithoutResult(tx -> {
			for (int i = 0; i < RECORDS; i++) {
				String title = i % 5 == 0 ? "分页标题 " + tag : "分页标题 " + i;
				ids[i] = rows.proposal(null, "分页测试支部", new UnitRef(1, "/1/"), "SUBMITTED",
						start.plusSeconds(60L * i).toString(), null, title, "正文 " + tag + " 第" + i + "条");
				events.publishEvent(new ProposalTextChanged(SourceKind.PROPOSAL, ids[i]));
			}
		});
		return ids;
	}

	private List<Long> readAll(SearchCandidates.Part part, boolean walk, Set<String> grams,
			SearchCandidates.Reach reach, int pageSize) {
		List<Long> all = new ArrayList<>();
		SearchCandidates.Cursor after = SearchCandidates.Cursor.START;
		while (true) {
			List<VisibleHits.Candidate> page = candidates.page(part, walk, grams, reach, after, pageSize);
			page.forEach(c -> all.add(c.id()));
			if (page.size() < pageSize) {
				return all;
			}
			after = SearchCandidates.Cursor.after(page.get(page.size() - 1));
		}
	}

}
