package org.tongxin.members.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberFilter;
import org.tongxin.members.MemberPage;
import org.tongxin.org.UnitScope;
import org.tongxin.org.UnitSummary;
import org.tongxin.members.MemberCategories;
import org.tongxin.org.Units;

/**
 * The list's total: exact up to the limit, "more than the limit" past it, and taken from the page
 * itself when the first page is already the last; bounded by units alone, summed from the counts per
 * unit (members_unit_count), which follow every change of a person's unit. The limit is lowered
 * here: the demo registry has a few hundred people, not ten thousand.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberQueryTotalsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	MemberCategories categories;

	private final MemberScope everyone = MemberScope.everyone();

	@Test
	void pastTheLimitTheTotalIsALowerBoundAndDeeperPagesStillAnswer() {
		MemberQuery query = new MemberQuery(jdbc, units, categories, 50);
		MemberCriteria all = MemberCriteria.of(MemberFilter.none(), null, everyone, LocalDate.now());

		MemberPage first = query.find(all, 0, 20);
		assertThat(first.isTotalCapped()).isTrue();
		assertThat(first.getTotalElements()).isEqualTo(50);
		assertThat(first.getContent()).hasSize(20);
		assertThat(query.find(all, 5, 20).getContent()).as("a page past the counted ones").hasSize(20);

		long people = jdbc.sql("select count(*) from members_person").query(Long.class).single();
		MemberPage exact = new MemberQuery(jdbc, units, categories, (int) people + 1000).find(all, 0, 20);
		assertThat(exact.isTotalCapped()).isFalse();
		assertThat(exact.getTotalElements()).isEqualTo(people);
	}

	@Test
	void aFirstPageThatIsTheLastTellsTheTotal() {
		MemberQuery query = new MemberQuery(jdbc, units, categories, 50);
		String path = units.findByCode("511112100003").orElseThrow().path();
		long inVillage = jdbc.sql("select count(*) from members_person where unit_path like :p").param("p", path + "%")
			.query(Long.class).single();
		MemberCriteria village = MemberCriteria.of(MemberFilter.none(), units.findByCode("511112100003").orElseThrow(), everyone,
				LocalDate.now());
		MemberPage page = query.find(village, 0, (int) inVillage + 1);
		assertThat(page.getTotalElements()).isEqualTo(inVillage);
		assertThat(page.isTotalCapped()).isFalse();
	}

	@Test
	void totalsBoundedByUnitsAloneAreTheExactCountsOfTheScope() {
		UnitSummary town = units.findByCode("511112100").orElseThrow();
		UnitSummary village = units.findByCode("511112100003").orElseThrow();
		MemberQuery query = new MemberQuery(jdbc, units, categories, 100_000);
		MemberScope townScope = new MemberScope(UnitScope.subtreeOf(town), null);

		assertThat(query.find(MemberCriteria.of(MemberFilter.none(), null, townScope, LocalDate.now()), 0, 1)
			.getTotalElements()).isEqualTo(people("unit_path like :p", town.path() + "%"));
		assertThat(query.find(MemberCriteria.of(MemberFilter.none(), village, townScope, LocalDate.now()), 0, 1)
			.getTotalElements()).isEqualTo(people("unit_path like :p", village.path() + "%"));
		MemberScope oneUnit = new MemberScope(UnitScope.only(village.id()), null);
		assertThat(query.find(MemberCriteria.of(MemberFilter.none(), null, oneUnit, LocalDate.now()), 0, 1)
			.getTotalElements()).isEqualTo(people("unit_id = :p", village.id()));
	}

	@Test
	@Transactional
	void theCountsPerUnitFollowEveryChangeOfAPersonsUnit() {
		UnitSummary village = units.findByCode("511112100003").orElseThrow();
		UnitSummary other = units.findByCode("511112101001").orElseThrow();
		assertCountsMatchPeople();

		long id = jdbc.sql("""
				insert into members_person (unit_id, unit_path, name, name_key, name_initials, name_spaced)
				values (:unit, :path, '计数', 'jishu', 'js', 'ji shu') returning id""")
			.param("unit", village.id()).param("path", village.path()).query(Long.class).single();
		assertCountsMatchPeople();

		jdbc.sql("update members_person set unit_id = :unit, unit_path = :path where id = :id")
			.param("unit", other.id()).param("path", other.path()).param("id", id).update();
		jdbc.sql("update members_person set name = '计数二' where id = :id").param("id", id).update();
		assertCountsMatchPeople();

		// a unit moved: every path below it rebased at once
		jdbc.sql("update members_person set unit_path = '/moved' || unit_path where unit_path like :p")
			.param("p", village.path() + "%").update();
		assertCountsMatchPeople();

		jdbc.sql("delete from members_person where id = :id").param("id", id).update();
		assertCountsMatchPeople();
	}

	private long people(String condition, Object value) {
		return jdbc.sql("select count(*) from members_person where " + condition).param("p", value).query(Long.class).single();
	}

	private void assertCountsMatchPeople() {
		List<Map<String, Object>> counted = jdbc.sql("select unit_id, unit_path, count(*) as people from members_person"
				+ " group by unit_id, unit_path order by unit_id, unit_path").query().listOfRows();
		List<Map<String, Object>> kept = jdbc.sql("select unit_id, unit_path, people from members_unit_count"
				+ " where people <> 0 order by unit_id, unit_path").query().listOfRows();
		assertThat(kept).isEqualTo(counted);
	}

}
