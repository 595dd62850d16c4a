package org.tongxin.proposals.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.platform.bench.BaselineTable;

/**
 * What bench/proposals needs (profile {@code bench} only): {@code /bench/proposals/seed?n=} generates
 * n proposals and n reports with their history, adoptions, instructions and some decisions with
 * results inside PostgreSQL ({@link ProposalSeedSql}, chunks of {@link #CHUNK} per transaction), and
 * their search rows with grams cut in SQL as the index cuts them; {@code /bench/baseline/proposals}
 * (+ {@code .json}), the floor search and figures are compared with: the 20 newest proposals, one
 * statement, rendered by hand (Fortunes style); and {@code /bench/proposals/check}, the recall of a
 * search answer against the hits computed independently ({@link ExpectedHits}).
 */
@RestController
@Profile("bench")
class ProposalBenchSupport {

	static final int CHUNK = 50_000;

	private static final String BASELINE = """
			select id, proposal_no, title, status, proposer_name, submitted_at
			from proposals_proposal where status <> 'DRAFT' order by submitted_at desc, id desc limit 20""";

	private final JdbcClient jdbc;

	private final Units units;

	private final TransactionTemplate transactions;

	private final ExpectedHits expected;

	ProposalBenchSupport(JdbcClient jdbc, Units units, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.units = units;
		this.transactions = transactions;
		this.expected = new ExpectedHits(jdbc);
	}

	/**
	 * @param days how far back records go (default ten years)
	 * @param decisions how many decisions take up seeded records
	 * @param parallel chunks generated side by side, each in its own transaction and connection
	 */
	@GetMapping("/bench/proposals/seed")
	Map<String, Object> seed(@RequestParam int n, @RequestParam(defaultValue = "3650") int days,
			@RequestParam(defaultValue = "3000") int decisions, @RequestParam(defaultValue = "2") int parallel)
			throws Exception {
		UnitSummary root = units.deploymentRoot();
		long actor = jdbc.sql("select min(id) from identity_user").query(Long.class).single();
		Map<String, Object> member = jdbc.sql("""
				select u.id as user_id, p.id as person_id, p.name from identity_user u
				join members_person_account a on a.user_id = u.id join members_person p on p.id = a.person_id
				where u.username = 'member'""").query().singleRow();
		long proposals = reserve("proposals_proposal_id_seq", n);
		long reports = reserve("proposals_report_id_seq", n);
		long started = System.nanoTime();
		// the GIN indexes are built once at the end, faster than maintaining them row by row
		jdbc.sql("drop index if exists proposals_search_text_grams_idx").update();
		jdbc.sql("drop index if exists proposals_search_text_title_grams_idx").update();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, 4)));
		try {
			List<Future<?>> chunks = new ArrayList<>();
			for (int first = 1; first <= n; first += CHUNK) {
				int from = first;
				int last = Math.min(n, first + CHUNK - 1);
				chunks.add(pool.submit(() -> transactions.executeWithoutResult(s -> {
					long plo = proposals + from - 1, phi = proposals + last - 1;
					long rlo = reports + from - 1, rhi = reports + last - 1;
					jdbc.sql(ProposalSeedSql.PROPOSALS).param("base", proposals).param("first", from).param("last", last)
						.param("days", days).param("actor", actor).param("rootPath", root.path())
						.param("memberUser", member.get("user_id")).param("memberPerson", member.get("person_id"))
						.param("memberName", member.get("name")).update();
					jdbc.sql(ProposalSeedSql.PROPOSAL_EVENTS).param("actor", actor).param("lo", plo).param("hi", phi).update();
					jdbc.sql(ProposalSeedSql.REPORTS).param("base", reports).param("first", from).param("last", last)
						.param("days", days).param("actor", actor).param("rootPath", root.path())
						.param("memberUser", member.get("user_id")).param("memberPerson", member.get("person_id"))
						.param("memberName", member.get("name")).update();
					jdbc.sql(ProposalSeedSql.ADOPTIONS).param("actor", actor).param("lo", rlo).param("hi", rhi).update();
					jdbc.sql(ProposalSeedSql.INSTRUCTIONS).param("actor", actor).param("lo", rlo).param("hi", rhi).update();
					jdbc.sql(ProposalSeedSql.REPORT_EVENTS).param("actor", actor).param("lo", rlo).param("hi", rhi).update();
					jdbc.sql(ProposalSeedSql.SEARCH_PROPOSALS).param("lo", plo).param("hi", phi).update();
					jdbc.sql(ProposalSeedSql.SEARCH_REPORTS).param("lo", rlo).param("hi", rhi).update();
				})));
			}
			for (Future<?> chunk : chunks) {
				chunk.get();
			}
		}
		finally {
			pool.shutdown();
		}
		transactions.executeWithoutResult(s -> jdbc.sql(ProposalSeedSql.DECISIONS).param("count", decisions)
			.param("days", days).param("actor", actor).param("rootId", root.id()).param("rootPath", root.path())
			.param("plo", proposals).param("phi", proposals + n - 1).param("rlo", reports).param("rhi", reports + n - 1)
			.update());
		long seeded = System.nanoTime();
		transactions.executeWithoutResult(s -> {
			jdbc.sql("set local maintenance_work_mem = '1GB'").update();
			jdbc.sql("create index if not exists proposals_search_text_grams_idx on proposals_search_text using gin (grams)")
				.update();
			jdbc.sql("create index if not exists proposals_search_text_title_grams_idx on proposals_search_text"
					+ " using gin (title_grams)").update();
		});
		long indexed = System.nanoTime();
		for (String table : List.of("proposals_proposal", "proposals_event", "proposals_report", "proposals_report_event",
				"proposals_report_adoption", "proposals_report_instruction", "proposals_decision",
				"proposals_decision_source", "proposals_result", "proposals_search_text")) {
			jdbc.sql("vacuum analyze " + table).update();
		}
		Map<String, Object> result = new LinkedHashMap<>();
		for (String table : List.of("proposals_proposal", "proposals_event", "proposals_report", "proposals_report_event",
				"proposals_report_adoption", "proposals_decision", "proposals_result", "proposals_search_text")) {
			result.put(table.substring("proposals_".length()),
					jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		result.put("insertSeconds", seconds(seeded - started));
		result.put("ginIndexSeconds", seconds(indexed - seeded));
		result.put("vacuumSeconds", seconds(System.nanoTime() - indexed));
		result.put("sampleProposalNo", jdbc.sql("select proposal_no from proposals_proposal where id = :id")
			.param("id", proposals + n / 2).query(String.class).single());
		result.put("sampleReportNo", jdbc.sql("select report_no from proposals_report where id = :id")
			.param("id", reports + n / 3).query(String.class).single());
		return result;
	}

	private long reserve(String sequence, int n) {
		long base = jdbc.sql("select nextval(:s::regclass)").param("s", sequence).query(Long.class).single();
		jdbc.sql("select setval(:s::regclass, :last)").param("s", sequence).param("last", base + n - 1)
			.query(Long.class).single();
		return base;
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e8) / 10.0;
	}

	/**
	 * How many of {@code hits} (KIND:id, comma-separated, as the search answered) are among the
	 * records {@code user} may see that hold every word of {@code q}, computed with LIKE over the
	 * records' own text, not over the index; recall = found / min(expected, limit).
	 */
	@GetMapping("/bench/proposals/check")
	Map<String, Object> check(@RequestParam String q, @RequestParam String user, @RequestParam int limit,
			@RequestParam(defaultValue = "") String hits) {
		return expected.check(q, user, limit, hits);
	}

	@GetMapping("/bench/baseline/proposals")
	ResponseEntity<String> html() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.body(BaselineTable.render(jdbc, BASELINE, "Proposals", "id", "no", "title", "status", "proposer", "submitted"));
	}

	@GetMapping(path = "/bench/baseline/proposals.json", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Map<String, Object>> json() {
		return jdbc.sql(BASELINE).query().listOfRows();
	}

}
