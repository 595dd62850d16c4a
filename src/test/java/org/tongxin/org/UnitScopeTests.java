package org.tongxin.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The unit scope as a Java check and as SQL text, without Spring. */
class UnitScopeTests {

	static final UnitSummary TOWN = unit(2, "/1/2/");

	static final UnitSummary VILLAGE = unit(4, "/1/2/4/");

	/** A sibling whose path starts with the same digits as the town's: a prefix of text, not of the tree. */
	static final UnitSummary LOOKALIKE = unit(21, "/1/21/");

	static UnitSummary unit(long id, String path) {
		return new UnitSummary(id, "C" + id, "U" + id, UnitKind.TOWNSHIP, 1L, path, path.split("/").length - 2, true);
	}

	private static boolean admits(UnitScope scope, UnitSummary unit) {
		return scope.admits(unit.id(), unit.path());
	}

	@Test
	void everyUnitAdmitsEveryUnitButNoMissingOne() {
		UnitScope scope = UnitScope.everyUnit();
		assertThat(admits(scope, TOWN) && admits(scope, VILLAGE) && admits(scope, LOOKALIKE)).isTrue();
		assertThat(scope.admits(null, null)).isFalse();
		assertThat(scope.coversEveryUnit()).isTrue();
		assertThat(scope.coversNoUnit()).isFalse();
		assertThat(scope.reachesBelow()).isTrue();
	}

	@Test
	void aSubtreeAdmitsItsRootAndTheUnitsBelowNotASiblingWithTheSameDigits() {
		UnitScope scope = UnitScope.subtreeOf(TOWN);
		assertThat(admits(scope, TOWN)).isTrue();
		assertThat(admits(scope, VILLAGE)).isTrue();
		assertThat(admits(scope, LOOKALIKE)).isFalse();
		assertThat(scope.admits(null, null)).isFalse();
		assertThat(scope.reachesBelow()).isTrue();
		assertThat(scope.coversEveryUnit() || scope.coversNoUnit()).isFalse();
	}

	@Test
	void oneUnitAdmitsThatUnitAlone() {
		UnitScope scope = UnitScope.only(TOWN.id());
		assertThat(admits(scope, TOWN)).isTrue();
		assertThat(admits(scope, VILLAGE)).isFalse();
		assertThat(scope.admits(null, null)).isFalse();
		assertThat(scope.reachesBelow()).isFalse();
	}

	@Test
	void noUnitAdmitsNothing() {
		UnitScope scope = UnitScope.noUnit();
		assertThat(admits(scope, TOWN) || admits(scope, VILLAGE)).isFalse();
		assertThat(scope.coversNoUnit()).isTrue();
		assertThat(scope.reachesBelow()).isFalse();
	}

	@Test
	void theSqlIsFixedTextOverTheGivenColumnsWithTheValuesBound() {
		Map<String, Object> params = new HashMap<>();
		assertThat(UnitScope.subtreeOf(TOWN).sql("c.unit_id", "c.unit_path", params)).isEqualTo("(c.unit_path like :unitScope1)");
		assertThat(params).containsEntry("unitScope1", "/1/2/%");
		assertThat(UnitScope.only(4).sql("c.unit_id", "c.unit_path", params)).isEqualTo("(c.unit_id = :unitScope2)");
		assertThat(params).containsEntry("unitScope2", 4L);
		assertThat(UnitScope.everyUnit().sql("unit_id", "unit_path", params)).isEqualTo("(unit_id is not null)");
		assertThat(UnitScope.noUnit().sql("unit_id", "unit_path", params)).isEqualTo("(false)");
		assertThat(params).hasSize(2);
	}

	@Test
	void twoScopesOrTwoColumnsInOneStatementNeverShareAParameter() {
		Map<String, Object> params = new HashMap<>();
		params.put("unitScope1", "taken by another condition");
		String lead = UnitScope.subtreeOf(TOWN).sql("p.lead_unit_id", "p.lead_unit_path", params);
		String co = UnitScope.subtreeOf(VILLAGE).sql("u.unit_id", "u.unit_path", params);
		assertThat(lead).contains(":unitScope2");
		assertThat(co).contains(":unitScope3");
		assertThat(params).containsEntry("unitScope1", "taken by another condition")
			.containsEntry("unitScope2", "/1/2/%").containsEntry("unitScope3", "/1/2/4/%");
	}

	@Test
	void aLikeWildcardInAPathIsTakenLiterally() {
		Map<String, Object> params = new HashMap<>();
		UnitScope.subtreeOf(unit(9, "/1/_%\\/")).sql("unit_id", "unit_path", params);
		assertThat(params.get("unitScope1")).isEqualTo("/1/\\_\\%\\\\/%");
	}

	@Test
	void columnNamesComeFromCodeNeverFromText() {
		Map<String, Object> params = new HashMap<>();
		UnitScope scope = UnitScope.only(1);
		assertThatThrownBy(() -> scope.sql("unit_id or true", "unit_path", params))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> scope.sql("unit_id", "unit_path; drop table x", params))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> scope.sql(null, "unit_path", params)).isInstanceOf(IllegalArgumentException.class);
		assertThat(params).isEmpty();
	}

	@Test
	void aTranslationGetsOneAnswerPerKind() {
		UnitScope.Translation<String> names = new UnitScope.Translation<>() {

			@Override
			public String everyUnit() {
				return "every";
			}

			@Override
			public String subtree(String path) {
				return "subtree " + path;
			}

			@Override
			public String unit(long unitId) {
				return "unit " + unitId;
			}

			@Override
			public String noUnit() {
				return "none";
			}

		};
		assertThat(UnitScope.everyUnit().translate(names)).isEqualTo("every");
		assertThat(UnitScope.subtreeOf(TOWN).translate(names)).isEqualTo("subtree /1/2/");
		assertThat(UnitScope.only(4).translate(names)).isEqualTo("unit 4");
		assertThat(UnitScope.noUnit().translate(names)).isEqualTo("none");
	}

	@Test
	void equalScopesAreEqual() {
		assertThat(UnitScope.subtreeOf(TOWN)).isEqualTo(UnitScope.subtreeOf(unit(2, "/1/2/")))
			.isNotEqualTo(UnitScope.subtreeOf(VILLAGE)).hasSameHashCodeAs(UnitScope.subtreeOf(TOWN));
		assertThat(UnitScope.only(4)).isEqualTo(UnitScope.only(4)).isNotEqualTo(UnitScope.only(2));
	}

}
