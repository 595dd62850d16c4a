package org.tongxin.proposals.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import org.tongxin.shared.security.Actor;

/**
 * The index follows the records (on the event, in the writing transaction; by version for records
 * written without it) and matches Chinese by character pairs over number, title, body, reply,
 * edited text and proposer. Visibility comes from hand-written SourceRecords here, until the
 * owning parts' beans are merged.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SearchIndexTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ProposalSearchIndex index;

	@Autowired
	SearchCandidates candidates;

	private final Actor actor = ActorFixtures.actor("searcher");

	@Test
	void theEventIndexesAndChineseMatchesByPairs() {
		String tag = "zq" + System.nanoTime() % 1_000_000;
		UnitRef unit = new UnitRef(1, "/1/");
		ProposalRows rows = new ProposalRows(jdbc);
		long[] ids = new long[3];
		transactions.executeWithoutResult(tx -> {
			ids[0] = rows.proposal(null, "民盟测试支部", unit, "REPLIED", "2011-03-01T02:00:00Z", null,
					"推进乡村振兴产业发展 " + tag, "建议发展茶产业。");
			ids[1] = rows.proposal(null, "民盟测试支部", unit, "SUBMITTED", "2011-03-02T02:00:00Z", null,
					"乡村道路与振兴计划 " + tag, "修路。");
			ids[2] = rows.report(null, "测试镇", unit, "2011-03-03T02:00:00Z", null, "关于养老服务 " + tag,
					"希望乡村振兴资金向养老倾斜。");
			events.publishEvent(new ProposalTextChanged(SourceKind.PROPOSAL, ids[0]));
			events.publishEvent(new ProposalTextChanged(SourceKind.PROPOSAL, ids[1]));
			events.publishEvent(new ProposalTextChanged(SourceKind.REPORT, ids[2]));
		});
		ProposalSearch search = new ProposalSearch(candidates, List.of(
				new VisibleHitsTest.HandWritten(SourceKind.PROPOSAL, ids[0], ids[1]),
				new VisibleHitsTest.HandWritten(SourceKind.REPORT, ids[2])));
		List<SearchHit> hits = search.search(actor, "乡村振兴 " + tag, 20);
		// the title match first, the report's body match after; "乡村…振兴" apart does not match
		assertThat(hits).extracting(SearchHit::id).containsExactly(ids[0], ids[2]);
		assertThat(hits.get(1).excerpt()).contains("乡村振兴");
		// the reply and the proposer name are searched too
		assertThat(search.search(actor, "纳入明年计划 " + tag, 20)).extracting(SearchHit::id).containsExactly(ids[0]);
		assertThat(search.search(actor, "测试镇 " + tag, 20)).extracting(SearchHit::id).containsExactly(ids[2]);
		// what the owning part does not let the actor see is not found
		ProposalSearch narrow = new ProposalSearch(candidates, List.of(new VisibleHitsTest.HandWritten(SourceKind.PROPOSAL)));
		assertThat(narrow.search(actor, "乡村振兴 " + tag, 20)).isEmpty();
	}

	@Test
	void editsAndRecordsWrittenWithoutTheEventAreCaughtUpByVersion() {
		String tag = "zc" + System.nanoTime() % 1_000_000;
		ProposalRows rows = new ProposalRows(jdbc);
		long id = rows.report(null, "测试镇", new UnitRef(1, "/1/"), "2011-04-01T02:00:00Z", null, "原标题 " + tag, "原文");
		ProposalSearch search = new ProposalSearch(candidates,
				List.of(new VisibleHitsTest.HandWritten(SourceKind.REPORT, id)));
		assertThat(search.search(actor, "原标题 " + tag, 5)).isEmpty();
		assertThat(index.catchUp()).isPositive();
		assertThat(search.search(actor, "原标题 " + tag, 5)).extracting(SearchHit::id).containsExactly(id);
		jdbc.sql("update proposals_report set edited_title = :t, edited_body = '编辑后的正文：生态保护', version = version + 1"
				+ " where id = :id").param("t", "编辑标题 " + tag).param("id", id).update();
		index.catchUp();
		assertThat(search.search(actor, "生态保护 " + tag, 5)).extracting(SearchHit::id).containsExactly(id);
		// the text as submitted stays searchable
		assertThat(search.search(actor, "原标题 " + tag, 5)).extracting(SearchHit::id).containsExactly(id);
	}

	@Test
	void thePageAndTheApi() throws Exception {
		String token = DemoLogins.token(mvc, "member", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/api/v1/proposal-search").param("q", "乡村振兴").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/proposal-search").param("q", "长".repeat(101)).header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("\"q\""));
		var session = DemoLogins.login(mvc, "member", DemoLogins.DEMO_PASSWORD);
		mvc.perform(get("/proposal-search").param("q", "乡村振兴").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/proposal-search").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/proposal-search").param("q", "乡村")).andExpect(status().isUnauthorized());
	}

}
