package org.tongxin.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * V35 on records written under the nine fixed categories: the platform's own migrations run up to
 * V34 in a schema of their own, people are registered there with the old codes, then V35 runs.
 * 归侨侨眷 becomes 华侨、归侨及侨眷; 港澳台同胞及眷属 becomes 香港同胞和澳门同胞 (the data cannot tell
 * Taiwan links apart); the unchanged codes stay; the old codes are synonyms an import still reads.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CategoryMigrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void recordsUnderTheOldCategoriesMoveToTheRegulationsOnes() {
		String schema = "v35_check_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toLowerCase(Locale.ROOT);
		try {
			flyway(schema, "34").migrate();
			long a = person(schema, "迁移甲", List.of("RETURNED_OVERSEAS", "DEMOCRATIC_PARTY"));
			long b = person(schema, "迁移乙", List.of("HK_MACAO_TAIWAN"));
			long c = person(schema, "迁移丙", List.of("NON_PARTY_INTELLECTUAL", "OTHER"));
			flyway(schema, "35").migrate();
			assertThat(categories(schema, a)).containsExactly("DEMOCRATIC_PARTY", "OVERSEAS_CHINESE");
			assertThat(categories(schema, b)).containsExactly("HONG_KONG_MACAO");
			assertThat(categories(schema, c)).containsExactly("NON_PARTY_INTELLECTUAL", "OTHER");
			assertThat(jdbc.sql("select code from " + schema + ".members_category order by sort_order").query(String.class).list())
				.containsExactlyElementsOf(MemberCategoryTests.REGULATION);
			assertThat(jdbc.sql("select category_code from " + schema + ".members_category_synonym where match_key in"
					+ " ('归侨侨眷', '港澳台同胞及眷属', 'returned_overseas', 'hk_macao_taiwan') order by match_key")
				.query(String.class).list()).containsExactlyInAnyOrder("OVERSEAS_CHINESE", "HONG_KONG_MACAO", "OVERSEAS_CHINESE",
						"HONG_KONG_MACAO");
		}
		finally {
			jdbc.sql("drop schema if exists " + schema + " cascade").update();
		}
	}

	private Flyway flyway(String schema, String target) {
		return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").target(target)
			.load();
	}

	/**
	 * Registers a person in the schema under test. The registry's triggers name their tables without
	 * a schema, so the search path must be that schema's for the transaction: with the pool's default
	 * one they would count the person in the real registry's members_unit_count.
	 */
	private long person(String schema, String name, List<String> categories) {
		return transactions.execute(status -> {
			jdbc.sql("select set_config('search_path', :schema, true)").param("schema", schema).query(String.class).single();
			long id = jdbc.sql("insert into members_person (unit_id, unit_path, name, name_key, name_initials, name_spaced)"
					+ " values (1, '/1/', :name, 'qianyi', 'qy', 'qian yi') returning id").param("name", name).query(Long.class).single();
			for (String category : categories) {
				jdbc.sql("insert into members_person_category (person_id, category) values (:id, :category)")
					.param("id", id).param("category", category).update();
			}
			return id;
		});
	}

	private List<String> categories(String schema, long id) {
		return jdbc.sql("select category from " + schema + ".members_person_category where person_id = :id order by category")
			.param("id", id).query(String.class).list();
	}

}
