package org.tongxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxin.org.ImportProblem;
import org.tongxin.org.UnitKind;

class DivisionValidatorTests {

	private final List<DivisionRow> rows = new ArrayList<>();

	private DivisionValidatorTests row(String code, String name, String level, String parent) {
		rows.add(new DivisionRow(rows.size() + 2, code, name, level, parent));
		return this;
	}

	private List<ImportProblem> validate() {
		return DivisionValidator.validate(rows, Map.of());
	}

	@Test
	void acceptsAConsistentFile() {
		row("51", "四川省", "PROVINCE", "").row("5111", "乐山市", "CITY", "51").row("511112", "五通桥区", "COUNTY", "5111")
			.row("511112100", "竹根镇", "TOWNSHIP", "511112").row("511112100001", "两河口社区居委会", "VILLAGE", "511112100");
		assertThat(validate()).isEmpty();
	}

	@Test
	void refusesAMissingParent() {
		row("511112100", "竹根镇", "TOWNSHIP", "511112");
		assertThat(validate()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value, ImportProblem::code)
			.containsExactly(tuple(2, "parent_code", "511112", "division.parent.missing"));
	}

	@Test
	void acceptsAParentThatIsAlreadyStored() {
		row("511112100", "竹根镇", "TOWNSHIP", "511112");
		Map<String, ExistingUnit> stored = Map.of("511112",
				new ExistingUnit(1, "511112", "五通桥区", UnitKind.COUNTY, null, "/1/", 0));
		assertThat(DivisionValidator.validate(rows, stored)).isEmpty();
	}

	@Test
	void refusesADuplicateCodeNamingTheFirstLine() {
		row("51", "四川省", "PROVINCE", "").row("51", "四川", "PROVINCE", "");
		assertThat(validate()).extracting(ImportProblem::row, ImportProblem::code)
			.containsExactly(tuple(3, "division.code.duplicate"));
		assertThat(validate().get(0).args()).containsExactly(2);
	}

	@Test
	void refusesAnUnknownLevel() {
		row("51", "四川省", "STATE", "");
		assertThat(validate()).extracting(ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple("level", "division.level.unknown"));
	}

	@Test
	void refusesACodeWhoseLengthDoesNotFitTheLevel() {
		row("51", "四川省", "PROVINCE", "").row("511", "乐山市", "CITY", "51").row("51A1", "某市", "CITY", "51");
		assertThat(validate()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple(3, "code", "division.code.format"), tuple(4, "code", "division.code.format"));
	}

	@Test
	void refusesAParentThatIsNotAboveTheChild() {
		row("51", "四川省", "PROVINCE", "").row("5111", "乐山市", "CITY", "51").row("5112", "某市", "CITY", "5111");
		assertThat(validate()).extracting(ImportProblem::row, ImportProblem::code)
			.containsExactly(tuple(4, "division.parent.level"));
	}

	@Test
	void refusesAMissingOrEmptyNameAndAnOverlongOne() {
		row("51", "", "PROVINCE", "").row("52", "长".repeat(201), "PROVINCE", "");
		assertThat(validate()).extracting(ImportProblem::row, ImportProblem::code)
			.containsExactly(tuple(2, "division.name.required"), tuple(3, "division.name.tooLong"));
	}

	@Test
	void refusesANameWithMarkupOrControlCharacters() {
		row("51", "<script>alert(1)</script>", "PROVINCE", "").row("52", "四川\u0000省", "PROVINCE", "");
		assertThat(validate()).extracting(ImportProblem::row, ImportProblem::code)
			.containsExactly(tuple(2, "division.name.markup"), tuple(3, "division.name.control"));
	}

	@Test
	void refusesAMissingParentCodeBelowProvinceLevelAndAParentOnAProvince() {
		row("5111", "乐山市", "CITY", "").row("52", "贵州省", "PROVINCE", "51");
		assertThat(validate()).extracting(ImportProblem::row, ImportProblem::code)
			.containsExactly(tuple(2, "division.parent.required"), tuple(3, "division.parent.notExpected"));
	}

	@Test
	void refusesACodeStoredAsAnotherKind() {
		row("51", "四川省", "PROVINCE", "");
		Map<String, ExistingUnit> stored = Map.of("51", new ExistingUnit(9, "51", "某园区", UnitKind.PARK, 1L, "/1/9/", 1));
		assertThat(DivisionValidator.validate(rows, stored)).extracting(ImportProblem::code)
			.containsExactly("division.code.kindConflict");
	}

	@Test
	void reportsEveryProblemOfTheFileInLineOrder() {
		row("5111", "乐山市", "CITY", "50").row("51", "四川省", "PROVINCE", "").row("51", "", "XX", "");
		assertThat(validate()).extracting(ImportProblem::row).containsExactly(2, 4, 4, 4);
	}

}
