package org.tongxin.members.importing;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.identity.UserDirectory;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * The import benchmark (bench/import; tagged "bench", not part of mvn verify). For N generated
 * rows (default 100,000; -Dbench.rows) it measures, in one run on one database:
 * <ul>
 * <li>the baseline: PostgreSQL COPY of the same rows, as text, into a table of sixteen text columns;</li>
 * <li>upload (read, check, de-duplicate, keep the file) and confirmation (the same again, then write);</li>
 * <li>the same file again (every row matched to a registered person, nothing written);</li>
 * <li>the heap used, sampled every 50 ms (the run's -Xmx is the limit quality.md sets: 512 MB).</li>
 * </ul>
 * Results go to stdout and are appended to bench/results/&lt;date&gt;-import.md.
 */
@Tag("bench")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportBenchmark {

	@Autowired
	MemberImports imports;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDirectory users;

	@Test
	void importAgainstCopy() throws Exception {
		int rows = Integer.getInteger("bench.rows", 100_000);
		int existing = Integer.getInteger("bench.existing", 0);
		double seedSeconds = existing > 0 ? seedRegistry(existing) : 0;
		byte[] xlsx = GeneratedSheet.of(rows, 0.0, 20_000).xlsx();
		System.gc();
		Actor staff = staff();
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(staff, null,
					staff.privileges().stream()
						.map(p -> new org.springframework.security.core.authority.SimpleGrantedAuthority(p.name()))
						.toList()));
		HeapSampler heap = new HeapSampler();
		heap.start();

		double copySeconds = copyBaseline(xlsx);
		long lastIdBefore = lastPersonId();
		long t0 = System.nanoTime();
		long id = imports.stage(staff, "bench.xlsx", xlsx);
		long t1 = System.nanoTime();
		ImportRecord applied = imports.apply(staff, id, ImportMode.SKIP, java.util.Set.of());
		long t2 = System.nanoTime();
		long again = imports.stage(staff, "bench.xlsx", xlsx);
		long t3 = System.nanoTime();
		imports.apply(staff, again, ImportMode.UPDATE, java.util.Set.of());
		long t4 = System.nanoTime();
		heap.stopSampling();

		double tableCopySeconds = copyIntoRegistryShape(lastIdBefore);
		if (applied.created() != rows) {
			throw new AssertionError("expected " + rows + " created, got " + applied.created());
		}
		double upload = (t1 - t0) / 1e9;
		double confirm = (t2 - t1) / 1e9;
		double reupload = (t3 - t2) / 1e9;
		double reconfirm = (t4 - t3) / 1e9;
		double copyRate = rows / copySeconds;
		double importRate = rows / (upload + confirm);
		String report = String.format(Locale.ROOT, """
				## Import benchmark, %s

				%,d rows (%,d bytes of xlsx) against %,d people already registered (seeded by SQL in %.0f s), heap limit %s,
				peak heap used %,d MB, %d cores. The upload step is the de-duplication against the registry.

				| step | seconds | rows/s | ratio to COPY |
				|---|---:|---:|---:|
				| baseline: COPY of the same rows (text) | %.2f | %,.0f | 1.00 |
				| COPY of the imported rows into a table shaped like members_person (its indexes) | %.2f | %,.0f | %.2f |
				| upload: read, check, de-duplicate, keep | %.2f | %,.0f | %.2f |
				| confirmation: the same again, then write | %.2f | %,.0f | %.2f |
				| **import, upload + confirmation** | %.2f | %,.0f | **%.2f** |
				| the same file again: upload | %.2f | %,.0f | %.2f |
				| the same file again: confirmation (UPDATE, nothing changes) | %.2f | %,.0f | %.2f |

				Target (quality.md): import ≥ 0.25× the COPY rate, heap ≤ 512 MB.
				""", java.time.LocalDateTime.now().withNano(0), rows, xlsx.length, existing + 300, seedSeconds, System.getProperty("bench.heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB"),
				heap.peakMb(), Runtime.getRuntime().availableProcessors(), copySeconds, copyRate, tableCopySeconds,
				rows / tableCopySeconds, rows / tableCopySeconds / copyRate, upload, rows / upload,
				rows / upload / copyRate, confirm, rows / confirm, rows / confirm / copyRate, upload + confirm, importRate,
				importRate / copyRate, reupload, rows / reupload, rows / reupload / copyRate, reconfirm, rows / reconfirm,
				rows / reconfirm / copyRate);
		System.out.println(report);
		Path results = Path.of(System.getProperty("bench.results", "bench/results"));
		Files.createDirectories(results);
		Files.writeString(results.resolve(LocalDate.now() + "-import.md"), "\n" + report, StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
	}

	/**
	 * People already in the registry, written by SQL (no encryption, no pinyin: they are there to be
	 * searched through). Their names come from the same surnames and characters as the sheet's, so
	 * namesakes are as common as in life; their ID hashes never match the sheet's.
	 */
	private double seedRegistry(int people) throws Exception {
		long start = System.nanoTime();
		try (Connection c = dataSource.getConnection()) {
			c.createStatement().execute("""
					with v as (select id, path, row_number() over (order by id) - 1 as n, count(*) over () as c
					           from org_unit where kind = 'VILLAGE')
					insert into members_person (unit_id, unit_path, name, name_key, name_initials, name_spaced, gender,
					  birth_date, id_number_hash, id_number_mask, created_at, updated_at)
					select v.id, v.path,
					  substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤', 1 + g % 120, 1)
					  || substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥建国志文斌辉鹏宇浩然子涵欣怡雨梓轩思远嘉琪晨阳', 1 + (g / 120) % 60, 1)
					  || substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥建国志文斌辉鹏宇浩然子涵欣怡雨梓轩思远嘉琪晨阳', 1 + (g / 7200) % 60, 1),
					  'bench', 'b', 'bench', case when g % 2 = 0 then 'MALE' else 'FEMALE' end, date '1950-01-01' + (g % 20000),
					  encode(sha256(('bench-existing-' || g)::bytea), 'hex'), '000000**********0000', now(), now()
					from generate_series(1, $N) g join v on v.n = g % v.c""".replace("$N", String.valueOf(people)));
			c.createStatement().execute("analyze members_person");
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** COPY of the sheet's cells as text: what PostgreSQL itself takes for the same rows. */
	private double copyBaseline(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			workbook.getFirstSheet().openStream().skip(1).forEach(row -> line(row, text));
		}
		try (Connection c = dataSource.getConnection()) {
			c.createStatement().execute("drop table if exists bench_copy_baseline");
			c.createStatement().execute("create table bench_copy_baseline (" + String.join(", ",
					java.util.stream.IntStream.range(0, ImportSheets.HEADERS.size()).mapToObj(i -> "c" + i + " text").toList()) + ")");
			long start = System.nanoTime();
			c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy_baseline FROM STDIN", new StringReader(text.toString()));
			double seconds = (System.nanoTime() - start) / 1e9;
			c.createStatement().execute("drop table bench_copy_baseline");
			return seconds;
		}
	}

	private long lastPersonId() throws Exception {
		try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery("select coalesce(max(id), 0) from members_person")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The imported rows, copied out and in again: what COPY costs on a table with the registry's indexes. */
	private double copyIntoRegistryShape(long after) throws Exception {
		try (Connection c = dataSource.getConnection()) {
			java.io.StringWriter rows = new java.io.StringWriter();
			c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (select * from members_person where id > " + after + ") TO STDOUT", rows);
			c.createStatement().execute("drop table if exists bench_person_shape");
			c.createStatement().execute("create table bench_person_shape (like members_person including all)");
			long start = System.nanoTime();
			c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_person_shape FROM STDIN", new StringReader(rows.toString()));
			double seconds = (System.nanoTime() - start) / 1e9;
			c.createStatement().execute("drop table bench_person_shape");
			return seconds;
		}
	}

	private static void line(Row row, StringBuilder text) {
		for (int c = 0; c < ImportSheets.HEADERS.size(); c++) {
			if (c > 0) {
				text.append('\t');
			}
			Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
			String value = cell == null ? null : cell.getText();
			text.append(value == null || value.isEmpty() ? "\\N" : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
		}
		text.append('\n');
	}

	private Actor staff() {
		long userId = users.findByUsername("staff").orElseThrow().id();
		long district = users.findByUsername("staff").orElseThrow().homeUnitId();
		return new Actor() {
			public long userId() { return userId; }
			public String username() { return "staff"; }
			public String displayName() { return "bench"; }
			public long homeUnitId() { return district; }
			public DataScope scope() { return DataScope.ALL; }
			public java.util.Set<Privilege> privileges() { return java.util.EnumSet.allOf(Privilege.class); }
		};
	}

	/** Peak of heap used, sampled. */
	private static final class HeapSampler extends Thread {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		HeapSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (running) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void stopSampling() {
			running = false;
		}

		long peakMb() {
			return peak.get() / (1024 * 1024);
		}

	}

}
