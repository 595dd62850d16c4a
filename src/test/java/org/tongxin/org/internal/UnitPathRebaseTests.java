package org.tongxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.ActorFixtures;
import org.tongxin.members.internal.SearchIndexCheck;
import org.tongxin.members.selfservice.SelfServiceClient;
import org.tongxin.org.UnitMoved;
import org.tongxin.org.UnitPathColumns;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * One rebase for every module's copies of unit paths: every path column of the schema is declared
 * by its module (or named below as not a copy), and a move rebases every declared column.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitPathRebaseTests {

	/**
	 * Path columns that are not copies for org to rebase: org's own tree, and monthly sums whose
	 * paths their triggers keep in step with the declared columns they sum (V18, V27, V32, V45).
	 */
	private static final Set<String> NOT_DECLARED = Set.of("demands_figure_month.unit_path",
			"demands_figure_month.handling_path", "demands_figure_unit_month.unit_path", "proposals_figure_month.unit_path",
			"members_unit_count.unit_path");

	@Autowired
	UnitPathRebase rebase;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Units units;

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndexCheck searchIndex;

	@Test
	void everyPathColumnOfTheSchemaIsDeclaredByItsModule() {
		Set<String> inSchema = new TreeSet<>(jdbc.sql("""
				select c.table_name || '.' || c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and (c.column_name like '%\\_path' or c.column_name = 'path')""").query(String.class).list());
		inSchema.removeAll(NOT_DECLARED);
		inSchema.remove("org_unit.path");
		assertThat(declaredColumns()).as("declare a new copy of unit paths as a UnitPathColumns bean in its module")
			.isEqualTo(inSchema);
	}

	@Test
	void aMoveRebasesEveryDeclaredColumn() {
		// the whole tree "moves" under a new root, inside a transaction that is rolled back
		String root = units.deploymentRoot().path();
		String moved = "/0" + root;
		transactions.executeWithoutResult(tx -> {
			Map<String, Long> before = counts(root);
			rebase.rebase(new UnitMoved(units.deploymentRoot().id(), null, 0, root, moved));
			assertThat(counts(root)).as("paths left under the old root").allSatisfy((column, n) -> assertThat(n).isZero());
			assertThat(counts(moved)).as("paths under the new root").isEqualTo(before);
			assertThat(peopleCounted(moved)).as("people per unit follow their people (V32 triggers)")
				.isEqualTo(before.get("members_person.unit_path"));
			assertThat(peopleCounted(root)).as("people per unit left under the old root").isZero();
			tx.setRollbackOnly();
		});
		assertThat(nonZero(counts(root))).as("rolled back").isNotEmpty();
	}

	@Test
	void movedPeopleAreFoundInTheirNewTownBySearch() throws Exception {
		SelfServiceClient members = new SelfServiceClient(mvc);
		String staff = members.token("staff");
		String code = "RBASE-" + System.nanoTime() % 1_000_000_000L;
		var unitManager = ActorFixtures.withActor(DataScope.ALL, units.deploymentRoot().id(), Privilege.UNIT_VIEW,
				Privilege.UNIT_MANAGE);
		mvc.perform(post("/api/v1/units").with(unitManager).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":" + units.findByCode("511112100").orElseThrow().id()
					+ ",\"kind\":\"PARK\",\"name\":\"路径迁移园区\",\"code\":\"" + code + "\"}"))
			.andExpect(status().isCreated());
		long person = members.person(staff, "路迁移", code, "13800070011");
		UnitSummary park = units.findByCode(code).orElseThrow();
		mvc.perform(post("/api/v1/units/" + park.id() + "/move").with(unitManager).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentCode\":\"511112101\"}")).andExpect(status().isOk());
		String newPath = units.find(park.id()).orElseThrow().path();
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!newPath.equals(personPath(person)) && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(personPath(person)).isEqualTo(newPath);
		searchIndex.awaitCurrent(Duration.ofSeconds(30));
		assertThat(found(members.token("niuhua"), "路迁移")).contains(person);
		assertThat(found(members.token("zhugen"), "路迁移")).doesNotContain(person);
	}

	private Set<String> declaredColumns() {
		Set<String> declared = new TreeSet<>();
		for (UnitPathColumns copies : rebase.declarations()) {
			copies.columns().forEach(column -> declared.add(copies.table() + "." + column));
		}
		return declared;
	}

	/** Per declared column, how many rows hold a path under {@code prefix}. */
	private Map<String, Long> counts(String prefix) {
		Map<String, Long> counts = new HashMap<>();
		for (UnitPathColumns copies : rebase.declarations()) {
			for (String column : copies.columns()) {
				counts.put(copies.table() + "." + column, jdbc.sql("select count(*) from " + copies.table() + " where "
						+ column + " like :prefix").param("prefix", prefix + "%").query(Long.class).single());
			}
		}
		return counts;
	}

	private long peopleCounted(String prefix) {
		return jdbc.sql("select coalesce(sum(people), 0) from members_unit_count where unit_path like :prefix")
			.param("prefix", prefix + "%")
			.query(Long.class)
			.single();
	}

	private static Map<String, Long> nonZero(Map<String, Long> counts) {
		counts.values().removeIf(n -> n == 0);
		return counts;
	}

	private String personPath(long person) {
		return jdbc.sql("select unit_path from members_person where id = :id").param("id", person).query(String.class)
			.single();
	}

	private List<Long> found(String token, String text) throws Exception {
		String body = mvc.perform(get("/api/v1/members").param("q", text).param("size", "100")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(body, "$.content[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

}
