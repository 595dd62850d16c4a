package org.tongxin.members.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.members.MemberFilter;
import org.tongxin.members.MemberPage;
import org.tongxin.org.Units;

/**
 * The list's total: exact up to the limit, "more than the limit" past it, and taken from the page
 * itself when the first page is already the last. The limit is lowered here: the demo registry has
 * a few hundred people, not ten thousand.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberQueryTotalsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	private final MemberScope everyone = MemberScope.everyone();

	@Test
	void pastTheLimitTheTotalIsALowerBoundAndDeeperPagesStillAnswer() {
		MemberQuery query = new MemberQuery(jdbc, units, 50);
		MemberCriteria all = MemberCriteria.of(MemberFilter.none(), null, everyone, LocalDate.now());

		MemberPage first = query.find(all, 0, 20);
		assertThat(first.isTotalCapped()).isTrue();
		assertThat(first.getTotalElements()).isEqualTo(50);
		assertThat(first.getContent()).hasSize(20);
		assertThat(query.find(all, 5, 20).getContent()).as("a page past the counted ones").hasSize(20);

		long people = jdbc.sql("select count(*) from members_person").query(Long.class).single();
		MemberPage exact = new MemberQuery(jdbc, units, (int) people + 1000).find(all, 0, 20);
		assertThat(exact.isTotalCapped()).isFalse();
		assertThat(exact.getTotalElements()).isEqualTo(people);
	}

	@Test
	void aFirstPageThatIsTheLastTellsTheTotal() {
		MemberQuery query = new MemberQuery(jdbc, units, 50);
		String path = units.findByCode("511112100003").orElseThrow().path();
		long inVillage = jdbc.sql("select count(*) from members_person where unit_path like :p").param("p", path + "%")
			.query(Long.class).single();
		MemberCriteria village = MemberCriteria.of(MemberFilter.none(), units.findByCode("511112100003").orElseThrow(), everyone,
				LocalDate.now());
		MemberPage page = query.find(village, 0, (int) inVillage + 1);
		assertThat(page.getTotalElements()).isEqualTo(inVillage);
		assertThat(page.isTotalCapped()).isFalse();
	}

}
