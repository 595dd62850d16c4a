package org.tongxin.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The SQL condition of every kind of unit scope selects, from a set of sample rows in the
 * database, exactly the rows the Java check admits: lists and single records never disagree.
 */
@SpringBootTest
// the shared test context (a context of its own would be a second search-outbox processor over the
// one external database of CI and take the main context's index events)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitScopeSqlAgreementTests {

	/** Sample (unit id, unit path) rows: a subtree, a lookalike sibling, a deeper unit, missing units. */
	private record Row(int n, Long id, String path) {
	}

	private static final List<Row> ROWS = List.of(new Row(1, 1L, "/1/"), new Row(2, 2L, "/1/2/"),
			new Row(3, 4L, "/1/2/4/"), new Row(4, 40L, "/1/2/4/40/"), new Row(5, 21L, "/1/21/"),
			new Row(6, 3L, "/1/3/"), new Row(7, null, null), new Row(8, 2L, null), new Row(9, null, "/1/2/"));

	private static final List<UnitScope> SCOPES = List.of(UnitScope.everyUnit(), UnitScope.subtreeOf(UnitScopeTests.TOWN),
			UnitScope.subtreeOf(UnitScopeTests.VILLAGE), UnitScope.subtreeOf(UnitScopeTests.LOOKALIKE), UnitScope.only(2),
			UnitScope.only(21), UnitScope.noUnit());

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSqlConditionAndTheJavaCheckAdmitTheSameRows() {
		for (UnitScope scope : SCOPES) {
			Set<Integer> byJava = new TreeSet<>();
			ROWS.stream().filter(r -> scope.admits(r.id(), r.path())).forEach(r -> byJava.add(r.n()));
			assertThat(bySql(scope)).as(scope.toString()).isEqualTo(byJava);
		}
	}

	@Test
	void twoScopesInOneStatementKeepTheirOwnValues() {
		Map<String, Object> params = new HashMap<>();
		String town = UnitScope.subtreeOf(UnitScopeTests.TOWN).sql("t.unit_id", "t.unit_path", params);
		String other = UnitScope.only(3).sql("t.unit_id", "t.unit_path", params);
		assertThat(select(town + " or " + other, params)).containsExactly(2, 3, 4, 6, 9);
	}

	private Set<Integer> bySql(UnitScope scope) {
		Map<String, Object> params = new HashMap<>();
		return select(scope.sql("t.unit_id", "t.unit_path", params), params);
	}

	private Set<Integer> select(String condition, Map<String, Object> params) {
		List<String> values = new ArrayList<>();
		for (Row row : ROWS) {
			values.add("(" + row.n() + ", cast(:id" + row.n() + " as bigint), cast(:path" + row.n() + " as varchar))");
			params.put("id" + row.n(), row.id());
			params.put("path" + row.n(), row.path());
		}
		return new TreeSet<>(jdbc.sql("select t.n from (values " + String.join(", ", values) + ") as t(n, unit_id, unit_path)"
				+ " where " + condition).params(params).query(Integer.class).list());
	}

}
