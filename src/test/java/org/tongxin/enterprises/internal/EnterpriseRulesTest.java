package org.tongxin.enterprises.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.Rejection;

/** The input rules without Spring: every bad field reported at once, codes normalised, done dates bounded. */
class EnterpriseRulesTest {

	private static final UnitSummary TOWN = new UnitSummary(4, "511112100", "竹根镇", UnitKind.TOWNSHIP, 1L, "/1/4/", 1, true);

	private static final UnitSummary COUNTY = new UnitSummary(1, "511112", "五通桥区", UnitKind.COUNTY, null, "/1/", 0, true);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private static Optional<UnitSummary> unit(String code) {
		return code.equals(TOWN.code()) ? Optional.of(TOWN) : code.equals(COUNTY.code()) ? Optional.of(COUNTY) : Optional.empty();
	}

	private static Drafts.EnterpriseDraft draft(String name, String code, String unit, String operator) {
		return new Drafts.EnterpriseDraft(name, code, unit, " 五通桥新型工业基地 ", "", null, operator, null, null);
	}

	@Test
	void aValidEnterpriseIsNormalised() {
		Values.Enterprise v = EnterpriseRules.enterprise(draft(" 乐山同心盐化 ", "91511112ma62k3tq46", "511112100", ""),
				EnterpriseRulesTest::unit, id -> true);
		assertThat(v.name()).isEqualTo("乐山同心盐化");
		assertThat(v.creditCode().value()).isEqualTo("91511112MA62K3TQ46");
		assertThat(v.park()).isEqualTo("五通桥新型工业基地");
		assertThat(v.industry()).isNull();
		assertThat(v.status()).isEqualTo(EnterpriseStatus.ACTIVE);
	}

	@Test
	void everyBadFieldIsNamed() {
		Rejection rejection = catchThrowableOfType(Rejection.class, () -> EnterpriseRules.enterprise(
				draft("", "91511112MA62K3TQ47", "511112", "77"), EnterpriseRulesTest::unit, id -> false));
		assertThat(rejection.problems()).extracting(Rejection.FieldProblem::field, Rejection.FieldProblem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("name", "enterprise.field.required"),
					org.assertj.core.groups.Tuple.tuple("creditCode", "creditCode.checksum"),
					org.assertj.core.groups.Tuple.tuple("unitCode", "enterprise.unit.kind"),
					org.assertj.core.groups.Tuple.tuple("operatorPersonId", "enterprise.operator.notFound"));
	}

	@Test
	void aMeasureIsDoneOnlyWithADayNotInTheFuture() {
		Values.Measure done = EnterpriseRules.measure(new Drafts.MeasureDraft("协调用电", "区发改局", null, "2026-11-01",
				"2026-12-01", "DONE", "已完成", "", null), name -> Optional.empty(), TODAY);
		assertThat(done.doneOn()).isEqualTo(TODAY);
		Values.Measure open = EnterpriseRules.measure(new Drafts.MeasureDraft("协调用电", null, null, "2026-11-01",
				"2026-12-01", "IN_PROGRESS", null, "2026-11-20", null), name -> Optional.empty(), TODAY);
		assertThat(open.doneOn()).isNull();
		Rejection rejection = catchThrowableOfType(Rejection.class, () -> EnterpriseRules.measure(new Drafts.MeasureDraft(
				"协调用电", null, "nobody", "2026-11-01", "2026-10-01", "DONE", null, "2026-12-01", null),
				name -> Optional.empty(), TODAY));
		assertThat(rejection.problems()).extracting(Rejection.FieldProblem::field)
			.containsExactlyInAnyOrder("ownerUsername", "dueOn", "doneOn");
	}

	@Test
	void aUserOwnerReplacesTheFreeText() {
		Values.Measure v = EnterpriseRules.measure(new Drafts.MeasureDraft("走访", "某人", "zhugen", "2026-11-01",
				"2026-12-01", null, null, null, null), name -> Optional.of(42L), TODAY);
		assertThat(v.ownerUserId()).isEqualTo(42L);
		assertThat(v.ownerName()).isNull();
		assertThat(v.status()).isEqualTo(MeasureStatus.PLANNED);
	}

}
