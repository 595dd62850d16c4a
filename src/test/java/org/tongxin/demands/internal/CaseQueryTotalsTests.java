package org.tongxin.demands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.ActorFixtures;
import org.tongxin.ActorFixtures.TestActor;
import org.tongxin.demands.CaseFilter;
import org.tongxin.demands.CaseRow;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.web.CappedPage;

/**
 * The case list's total for a town officer: "more than" as soon as the cases arising in the town
 * pass the limit (told by the unit path's index, without counting the scope's OR), and exact below
 * it, where the cases handled in the town but arising elsewhere count too. The cases made here go
 * with the test's transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class CaseQueryTotalsTests {

	private static final CaseFilter NONE = new CaseFilter(null, null, null, null, false, null, null, null, null);

	@Autowired
	CaseQuery query;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Test
	void aTownWithMoreCasesThanTheListCountsSaysMoreThan() {
		UnitSummary town = units.findByCode("511112100").orElseThrow();
		insertSubmitted(units.findByCode("511112100003").orElseThrow(), CaseQuery.COUNT_LIMIT + 1);

		CappedPage<CaseRow> page = query.page(officerOf(town), NONE, 0, 20, Locale.CHINA);

		assertThat(page.isTotalCapped()).isTrue();
		assertThat(page.getTotalElements()).isEqualTo(CaseQuery.COUNT_LIMIT);
		assertThat(page.getContent()).hasSize(20);
	}

	@Test
	void belowTheLimitTheTotalIsTheScopesExactCountCasesHandledThereIncluded() {
		UnitSummary town = units.findByCode("511112100").orElseThrow();
		UnitSummary elsewhere = units.findByCode("511112101").orElseThrow();
		insertHandled(elsewhere, town, 3);
		long inScope = jdbc.sql("select count(*) from demands_case where unit_path like :p or handling_unit_path like :p"
				+ " or escalated_unit_path like :p").param("p", town.path() + "%").query(Long.class).single();

		CappedPage<CaseRow> page = query.page(officerOf(town), NONE, 0, 1, Locale.CHINA);

		assertThat(inScope).isLessThanOrEqualTo(CaseQuery.COUNT_LIMIT).isGreaterThan(3);
		assertThat(page.isTotalCapped()).isFalse();
		assertThat(page.getTotalElements()).isEqualTo(inScope);
	}

	private static TestActor officerOf(UnitSummary town) {
		return ActorFixtures.actor(DataScope.UNIT_AND_BELOW, town.id(), Privilege.DEMAND_VIEW);
	}

	/** {@code n} cases arising in {@code unit}, waiting to be accepted. */
	private void insertSubmitted(UnitSummary unit, int n) {
		jdbc.sql("""
				insert into demands_case (id, case_no, category_id, title, description, submitted_by_user_id, channel,
				  unit_id, unit_path, status, submitted_at, accept_due)
				select nextval('demands_case_id_seq'), 'TOTALS-S' || g, c.id, '总数测试', '总数测试', 0, 'ON_BEHALF',
				  :unit, :path, 'SUBMITTED', now(), current_date + 2
				from demands_category c, generate_series(1, :n) g where c.code = 'OTHER'""")
			.param("unit", unit.id()).param("path", unit.path()).param("n", n)
			.update();
	}

	/** {@code n} cases arising in {@code unit} and being handled by {@code handling}. */
	private void insertHandled(UnitSummary unit, UnitSummary handling, int n) {
		jdbc.sql("""
				insert into demands_case (id, case_no, category_id, title, description, submitted_by_user_id, channel,
				  unit_id, unit_path, handling_unit_id, handling_unit_path, lead_user_id, status, submitted_at, accept_due,
				  accepted_at, due_date)
				select nextval('demands_case_id_seq'), 'TOTALS-H' || g, c.id, '总数测试', '总数测试', 0, 'ON_BEHALF',
				  :unit, :path, :handling, :handlingPath, 0, 'HANDLING', now(), current_date + 2, now(), current_date + 10
				from demands_category c, generate_series(1, :n) g where c.code = 'OTHER'""")
			.param("unit", unit.id()).param("path", unit.path())
			.param("handling", handling.id()).param("handlingPath", handling.path()).param("n", n)
			.update();
	}

}
