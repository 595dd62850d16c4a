package org.tongxin.demands.bench;

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
import org.springframework.web.servlet.ModelAndView;
import org.tongxin.platform.bench.BaselineTable;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;

/**
 * What bench/demands needs (profile {@code bench} only): {@code /bench/demands/seed?n=} generates n
 * cases with their history inside PostgreSQL ({@link DemandSeedSql}: INSERT ... SELECT over
 * generate_series, in chunks of {@link #CHUNK} per transaction), spread over the deployment's units
 * and the last three years; and {@code /bench/baseline/demands} (+ {@code .json}), the floor the
 * case list and inbox are compared with: the 20 newest cases, one statement, rendered by hand
 * (Fortunes style), no scope, no layout.
 */
@RestController
@Profile("bench")
class DemandBenchSupport {

	static final int CHUNK = 100_000;

	private static final String BASELINE = """
			select id, case_no, title, status, unit_id, submitted_at, due_date
			from demands_case order by submitted_at desc, id desc limit 20""";

	private final JdbcClient jdbc;

	private final Units units;

	private final TransactionTemplate transactions;

	DemandBenchSupport(JdbcClient jdbc, Units units, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.units = units;
		this.transactions = transactions;
	}

	/**
	 * @param days how far back submissions go (default three years)
	 * @param parallel chunks generated side by side, each in its own transaction and connection
	 */
	@GetMapping("/bench/demands/seed")
	Map<String, Object> seed(@RequestParam int n, @RequestParam(defaultValue = "1095") int days,
			@RequestParam(defaultValue = "2") int parallel) throws Exception {
		UnitSummary root = units.deploymentRoot();
		long actor = jdbc.sql("select min(id) from identity_user").query(Long.class).single();
		// reserve the ids of all n cases at once: chunks then know their range whatever runs beside them
		long base = jdbc.sql("select nextval('demands_case_id_seq')").query(Long.class).single();
		jdbc.sql("select setval('demands_case_id_seq', :last)").param("last", base + n - 1).query(Long.class).single();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, 4)));
		try {
			List<Future<?>> chunks = new ArrayList<>();
			for (int first = 1; first <= n; first += CHUNK) {
				int from = first;
				int last = Math.min(n, first + CHUNK - 1);
				chunks.add(pool.submit(() -> seedChunk(base, from, last, days, actor, root)));
			}
			for (Future<?> chunk : chunks) {
				chunk.get();
			}
		}
		finally {
			pool.shutdown();
		}
		long seeded = System.nanoTime();
		jdbc.sql("vacuum analyze demands_case").update();
		jdbc.sql("vacuum analyze demands_event").update();
		jdbc.sql("vacuum analyze demands_figure_month").update();
		jdbc.sql("vacuum analyze demands_figure_unit_month").update();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("cases", jdbc.sql("select count(*) from demands_case").query(Long.class).single());
		result.put("events", jdbc.sql("select count(*) from demands_event").query(Long.class).single());
		result.put("monthRows", jdbc.sql("select count(*) from demands_figure_month").query(Long.class).single());
		result.put("insertSeconds", Math.round((seeded - started) / 1e8) / 10.0);
		result.put("vacuumSeconds", Math.round((System.nanoTime() - seeded) / 1e8) / 10.0);
		return result;
	}

	/**
	 * One chunk in its own transaction, tried again when the database picks it as a deadlock's victim:
	 * chunks side by side add to the same monthly figure rows (their trigger) in different orders,
	 * and the victim's transaction was rolled back whole, so trying again is safe.
	 */
	private void seedChunk(long base, int from, int last, int days, long actor, UnitSummary root) {
		for (int attempt = 1;; attempt++) {
			try {
				transactions.executeWithoutResult(s -> {
					jdbc.sql(DemandSeedSql.CASES).param("base", base).param("first", from).param("last", last)
						.param("days", days).param("actor", actor).param("rootId", root.id())
						.param("rootPath", root.path()).update();
					jdbc.sql(DemandSeedSql.EVENTS).param("actor", actor).param("lo", base + from - 1)
						.param("hi", base + last - 1).update();
				});
				return;
			}
			catch (org.springframework.dao.PessimisticLockingFailureException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	@GetMapping("/bench/baseline/demands")
	ResponseEntity<String> html() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.body(BaselineTable.render(jdbc, BASELINE, "Demands", "id", "no", "title", "status", "unit", "submitted", "due"));
	}

	/** The same page rendered by the template engine: the Fortunes-style floor of docs/quality.md. */
	@GetMapping("/bench/baseline/demands/template")
	ModelAndView template() {
		return BaselineTable.template(jdbc, BASELINE, "Demands", "id", "no", "title", "status", "unit", "submitted", "due");
	}

	@GetMapping(path = "/bench/baseline/demands.json", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Map<String, Object>> json() {
		return jdbc.sql(BASELINE).query().listOfRows();
	}

}
