package org.tongxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.Rejection;

class UnitRulesTests {

	private static final UnitSummary COUNTY = unit(1, null, "/1/", UnitKind.COUNTY, true);

	private static final UnitSummary TOWN = unit(2, 1L, "/1/2/", UnitKind.TOWNSHIP, true);

	private static final UnitSummary OTHER_TOWN = unit(3, 1L, "/1/3/", UnitKind.TOWNSHIP, true);

	private static final UnitSummary VILLAGE = unit(4, 2L, "/1/2/4/", UnitKind.VILLAGE, true);

	private static final UnitSummary PARK = unit(5, 1L, "/1/5/", UnitKind.PARK, true);

	private static final UnitSummary STATION = unit(6, 5L, "/1/5/6/", UnitKind.SERVICE_STATION, true);

	private static UnitSummary unit(long id, Long parent, String path, UnitKind kind, boolean active) {
		return new UnitSummary(id, "C" + id, "U" + id, kind, parent, path, path.split("/").length - 2, active);
	}

	private static String code(Optional<Rejection> rejection) {
		return rejection.map(r -> r.problems().get(0).code()).orElse(null);
	}

	@Test
	void aUnitCannotMoveUnderItselfOrItsDescendants() {
		assertThat(code(UnitRules.moving(PARK, PARK, 1))).isEqualTo("unit.move.intoItself");
		assertThat(code(UnitRules.moving(PARK, STATION, 1))).isEqualTo("unit.move.intoItself");
	}

	@Test
	void aFunctionalUnitMayMoveUnderAnyActiveUnit() {
		assertThat(UnitRules.moving(PARK, VILLAGE, 1)).isEmpty();
		assertThat(UnitRules.moving(STATION, TOWN, 1)).isEmpty();
	}

	@Test
	void aVillageMovesOnlyUnderADivisionOfAHigherLevel() {
		assertThat(UnitRules.moving(VILLAGE, OTHER_TOWN, 1)).isEmpty();
		assertThat(code(UnitRules.moving(VILLAGE, PARK, 1))).isEqualTo("unit.move.divisionParent");
	}

	@Test
	void theRootAndAMoveToTheSameParentAreRefused() {
		assertThat(code(UnitRules.moving(COUNTY, TOWN, 1))).isEqualTo("unit.move.root");
		assertThat(code(UnitRules.moving(VILLAGE, TOWN, 1))).isEqualTo("unit.move.sameParent");
	}

	@Test
	void nothingMovesUnderAnInactiveUnit() {
		UnitSummary closed = unit(7, 1L, "/1/7/", UnitKind.PARK, false);
		assertThat(code(UnitRules.moving(STATION, closed, 1))).isEqualTo("unit.parent.inactive");
	}

	@Test
	void onlyFunctionalUnitsAreCreatedByHandWithValidNamesAndCodes() {
		assertThat(UnitRules.creating(COUNTY, UnitKind.CHAMBER, "硅谷商会", "")).isEmpty();
		assertThat(code(UnitRules.creating(COUNTY, UnitKind.VILLAGE, "某村", null))).isEqualTo("unit.kind.notFunctional");
		assertThat(code(UnitRules.creating(COUNTY, UnitKind.PARK, " ", null))).isEqualTo("unit.name.required");
		assertThat(code(UnitRules.creating(COUNTY, UnitKind.PARK, "x".repeat(201), null))).isEqualTo("unit.name.tooLong");
		assertThat(code(UnitRules.creating(COUNTY, UnitKind.PARK, "园区", "511112999"))).isEqualTo("unit.code.reserved");
		assertThat(code(UnitRules.creating(COUNTY, UnitKind.PARK, "园区", "F12"))).isEqualTo("unit.code.reserved");
		assertThat(code(UnitRules.creating(COUNTY, UnitKind.PARK, "园区", "园区1"))).isEqualTo("unit.code.format");
	}

	@Test
	void aNameIsPlainTextOnOneLine() {
		assertThat(UnitRules.naming("收入<3000元的园区")).isEmpty();
		assertThat(code(UnitRules.naming("<b>竹根镇</b>"))).isEqualTo("unit.name.markup");
		assertThat(code(UnitRules.naming("竹根<img src=x onerror=alert(1)>镇"))).isEqualTo("unit.name.markup");
		assertThat(code(UnitRules.naming("竹根\u0000镇"))).isEqualTo("unit.name.control");
		assertThat(code(UnitRules.naming("竹根\n镇"))).isEqualTo("unit.name.control");
	}

	@Test
	void aUnitWithActiveChildrenOrTheRootCannotBeDeactivated() {
		assertThat(code(UnitRules.deactivating(TOWN, 3, 1))).isEqualTo("unit.deactivate.activeChildren");
		assertThat(code(UnitRules.deactivating(COUNTY, 0, 1))).isEqualTo("unit.deactivate.root");
		assertThat(UnitRules.deactivating(VILLAGE, 0, 1)).isEmpty();
	}

	@Test
	void aUnitIsReactivatedOnlyUnderAnActiveParent() {
		UnitSummary closedPark = unit(7, 1L, "/1/7/", UnitKind.PARK, false);
		UnitSummary closedStation = unit(8, 7L, "/1/7/8/", UnitKind.SERVICE_STATION, false);
		assertThat(code(UnitRules.reactivating(closedStation, closedPark))).isEqualTo("unit.reactivate.parentInactive");
		assertThat(UnitRules.reactivating(closedPark, COUNTY)).isEmpty();
		assertThat(code(UnitRules.reactivating(PARK, COUNTY))).isEqualTo("unit.alreadyActive");
	}

}
