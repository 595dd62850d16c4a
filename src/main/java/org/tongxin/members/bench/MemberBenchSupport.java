package org.tongxin.members.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

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
import org.tongxin.members.internal.MemberBatch;
import org.tongxin.members.internal.PersonValues;
import org.tongxin.members.internal.SearchIndexCheck;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.person.Gender;
import org.tongxin.shared.person.PinyinNames;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * What bench/run needs of the registry (profile {@code bench} only): {@code /bench/members/seed?n=}
 * fills the registry with n generated people through the import's COPY path and answers once the
 * search index has taken them in (for list throughput at 100k people: measuring while the index
 * still works through 100,000 people measured the indexing, a third of the list's speed), and
 * {@code /bench/baseline/members} (+ {@code .json}, {@code /template}) are the floors the member
 * list is compared with: the same table, the first 20 rows in the list's default order, one
 * statement, rendered by hand or by the template engine (Fortunes style), no scope, no layout.
 */
@RestController
@Profile("bench")
class MemberBenchSupport {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥建国志文斌辉鹏宇浩然子涵欣怡雨梓轩思远嘉琪晨阳";

	private static final String BASELINE = """
			select id, name, gender, birth_date, unit_id, id_number_mask, phone_mask, work_unit
			from members_person order by name_key asc nulls last, id limit 20""";

	private final MemberBatch batch;

	private final Units units;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SearchIndexCheck searchIndex;

	MemberBenchSupport(MemberBatch batch, Units units, JdbcClient jdbc, TransactionTemplate transactions,
			SearchIndexCheck searchIndex) {
		this.batch = batch;
		this.units = units;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.searchIndex = searchIndex;
	}

	@GetMapping("/bench/members/seed")
	Map<String, Object> seed(@RequestParam int n) throws InterruptedException {
		UnitSummary root = units.deploymentRoot();
		List<UnitSummary> villages = new ArrayList<>();
		for (UnitSummary town : units.children(root.id())) {
			units.children(town.id()).stream().filter(u -> u.kind() == UnitKind.VILLAGE).forEach(villages::add);
		}
		Random random = new Random(n);
		Actor bench = benchActor(root.id());
		for (int done = 0; done < n;) {
			List<PersonValues> chunk = new ArrayList<>();
			for (int i = 0; i < 10_000 && done < n; i++, done++) {
				chunk.add(person(random, villages.get(random.nextInt(villages.size()))));
			}
			transactions.executeWithoutResult(s -> batch.insert(bench, chunk));
		}
		jdbc.sql("analyze members_person").update();
		long indexing = System.nanoTime();
		searchIndex.awaitCurrent(Duration.ofMinutes(25));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("people", jdbc.sql("select count(*) from members_person").query(Long.class).single());
		result.put("indexedInSeconds", Duration.ofNanos(System.nanoTime() - indexing).toSeconds());
		return result;
	}

	@GetMapping("/bench/baseline/members")
	ResponseEntity<String> html() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.body(BaselineTable.render(jdbc, BASELINE, "Members", "id", "name", "gender", "birth", "unit", "id", "phone", "work"));
	}

	/** The same page rendered by the template engine: the Fortunes-style floor of docs/quality.md. */
	@GetMapping("/bench/baseline/members/template")
	ModelAndView template() {
		return BaselineTable.template(jdbc, BASELINE, "Members", "id", "name", "gender", "birth", "unit", "id", "phone", "work");
	}

	@GetMapping(path = "/bench/baseline/members.json", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Map<String, Object>> json() {
		return jdbc.sql(BASELINE).query().listOfRows();
	}

	/** The codes seeded by V35 (the twelve of the regulations), one given to each generated person. */
	private static final List<String> CATEGORIES = List.of("DEMOCRATIC_PARTY", "NON_PARTY", "NON_PARTY_INTELLECTUAL",
			"ETHNIC_MINORITY", "RELIGIOUS", "PRIVATE_ECONOMY", "NEW_SOCIAL_CLASS", "STUDY_ABROAD", "HONG_KONG_MACAO", "TAIWAN",
			"OVERSEAS_CHINESE", "OTHER");

	private static PersonValues person(Random random, UnitSummary village) {
		String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "" + GIVEN.charAt(random.nextInt(GIVEN.length()))
				+ (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
		Set<String> categories = Set.of(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
		return new PersonValues(village, name, PinyinNames.sortKey(name), PinyinNames.initials(name), PinyinNames.spaced(name),
				random.nextBoolean() ? Gender.MALE : Gender.FEMALE, LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)),
				"汉族", null, null, "本科", "五通桥区某单位" + random.nextInt(500), null, null, null, null, null, null, null,
				categories);
	}

	private static Actor benchActor(long home) {
		return new Actor() {

			@Override
			public long userId() {
				return 0;
			}

			@Override
			public String username() {
				return "bench";
			}

			@Override
			public String displayName() {
				return "bench";
			}

			@Override
			public long homeUnitId() {
				return home;
			}

			@Override
			public DataScope scope() {
				return DataScope.ALL;
			}

			@Override
			public Set<Privilege> privileges() {
				return Set.of();
			}

		};
	}

}
