package org.tongxin.members.categories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.members.MemberCategory;
import org.tongxin.shared.vocabulary.TermRules;

/** The administrators' reads and writes of {@code members_category} and its synonyms, each write guarded by the row's version. */
@Repository
class MemberCategoryStore {

	private static final String SELECT = """
			select c.code, c.name_zh, c.name_en, c.sort_order, c.active, c.version,
			  (select count(*) from members_person_category pc where pc.category = c.code) as people
			from members_category c""";

	private final JdbcClient jdbc;

	MemberCategoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every category in display order: two statements whatever their number. */
	List<ManagedCategory> all() {
		Map<String, List<String>> synonyms = synonyms(null);
		return jdbc.sql(SELECT + " order by c.sort_order, c.code").query((rs, n) -> row(rs, synonyms)).list();
	}

	Optional<ManagedCategory> find(String code) {
		return jdbc.sql(SELECT + " where c.code = :code").param("code", code)
			.query((rs, n) -> row(rs, synonyms(code)))
			.optional();
	}

	/** Every match key of the synonyms with the category it names. */
	Map<String, String> synonymKeys() {
		Map<String, String> keys = new HashMap<>();
		jdbc.sql("select match_key, category_code from members_category_synonym").query(rs -> {
			keys.put(rs.getString(1), rs.getString(2));
		});
		return keys;
	}

	void insert(TermRules.Checked c) {
		jdbc.sql("""
				insert into members_category (code, name_zh, name_en, sort_order)
				values (:code, :nameZh, :nameEn, coalesce(:sort, (select coalesce(max(sort_order), 0) + 10 from members_category)))""")
			.param("code", c.code())
			.param("nameZh", c.nameZh())
			.param("nameEn", c.nameEn())
			.param("sort", c.sortOrder(), java.sql.Types.INTEGER)
			.update();
	}

	/** @throws OptimisticLockingFailureException when the row is no longer at {@code version} */
	void update(String code, long version, TermRules.Checked c) {
		int rows = jdbc.sql("""
				update members_category
				set name_zh = :nameZh, name_en = :nameEn, sort_order = coalesce(:sort, sort_order), version = version + 1
				where code = :code and version = :version""")
			.param("nameZh", c.nameZh())
			.param("nameEn", c.nameEn())
			.param("sort", c.sortOrder(), java.sql.Types.INTEGER)
			.param("code", code)
			.param("version", version)
			.update();
		stale(rows, code, version);
	}

	/** @throws OptimisticLockingFailureException when the row is no longer at {@code version} */
	void setActive(String code, long version, boolean active) {
		int rows = jdbc.sql("update members_category set active = :active, version = version + 1"
				+ " where code = :code and version = :version")
			.param("active", active)
			.param("code", code)
			.param("version", version)
			.update();
		stale(rows, code, version);
	}

	/** Replaces the synonyms of a category by {@code byKey} (match key to the synonym as typed). */
	void replaceSynonyms(String code, Map<String, String> byKey) {
		jdbc.sql("delete from members_category_synonym where category_code = :code").param("code", code).update();
		byKey.forEach((key, synonym) -> jdbc
			.sql("insert into members_category_synonym (match_key, synonym, category_code) values (:key, :synonym, :code)")
			.param("key", key)
			.param("synonym", synonym)
			.param("code", code)
			.update());
	}

	private Map<String, List<String>> synonyms(String code) {
		Map<String, List<String>> synonyms = new HashMap<>();
		jdbc.sql("select category_code, synonym from members_category_synonym"
				+ (code == null ? "" : " where category_code = :code") + " order by category_code, synonym")
			.params(code == null ? Map.of() : Map.of("code", code))
			.query(rs -> {
				synonyms.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return synonyms;
	}

	private static void stale(int rows, String code, long version) {
		if (rows != 1) {
			throw new OptimisticLockingFailureException("member category " + code + " changed since version " + version);
		}
	}

	private static ManagedCategory row(ResultSet rs, Map<String, List<String>> synonyms) throws SQLException {
		String code = rs.getString("code");
		return new ManagedCategory(new MemberCategory(code, rs.getString("name_zh"), rs.getString("name_en"),
				rs.getInt("sort_order"), rs.getBoolean("active")), List.copyOf(synonyms.getOrDefault(code, List.of())),
				rs.getLong("people"), rs.getLong("version"));
	}

}
