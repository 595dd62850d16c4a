package org.tongxin.demands.sla;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.sla.CategoryRules.Checked;

/** The administrators' writes of {@code demands_category}, each guarded by the row's version. */
@Repository
class CategoryStore {

	private static final String COLUMNS = """
			id, code, name_zh, name_en, accept_days, answer_days, reopen_days, warn_days, with_amount, active,
			sort_order, version""";

	private final JdbcClient jdbc;

	CategoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ManagedCategory> all() {
		return jdbc.sql("select " + COLUMNS + " from demands_category order by sort_order, id").query(this::row).list();
	}

	Optional<ManagedCategory> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from demands_category where id = :id").param("id", id).query(this::row)
			.optional();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select count(*) from demands_category where upper(code) = upper(:code)").param("code", code)
			.query(Long.class).single() > 0;
	}

	long insert(Checked c) {
		return jdbc.sql("""
				insert into demands_category (code, name_zh, name_en, accept_days, answer_days, reopen_days, warn_days,
				  with_amount, sort_order)
				values (:code, :nameZh, :nameEn, :accept, :answer, :reopen, :warn, :withAmount,
				  coalesce(:sort, (select coalesce(max(sort_order), 0) + 10 from demands_category)))
				returning id""")
			.param("code", c.code())
			.param("nameZh", c.nameZh())
			.param("nameEn", c.nameEn())
			.param("accept", c.acceptDays())
			.param("answer", c.answerDays())
			.param("reopen", c.reopenDays())
			.param("warn", c.warnDays())
			.param("withAmount", c.withAmount())
			.param("sort", c.sortOrder(), java.sql.Types.INTEGER)
			.query(Long.class)
			.single();
	}

	/** @throws OptimisticLockingFailureException when the row is no longer at {@code version} */
	void update(long id, long version, Checked c) {
		int rows = jdbc.sql("""
				update demands_category
				set name_zh = :nameZh, name_en = :nameEn, accept_days = :accept, answer_days = :answer,
				    reopen_days = :reopen, warn_days = :warn, with_amount = :withAmount,
				    sort_order = coalesce(:sort, sort_order), version = version + 1
				where id = :id and version = :version""")
			.param("nameZh", c.nameZh())
			.param("nameEn", c.nameEn())
			.param("accept", c.acceptDays())
			.param("answer", c.answerDays())
			.param("reopen", c.reopenDays())
			.param("warn", c.warnDays())
			.param("withAmount", c.withAmount())
			.param("sort", c.sortOrder(), java.sql.Types.INTEGER)
			.param("id", id)
			.param("version", version)
			.update();
		stale(rows, id, version);
	}

	/** @throws OptimisticLockingFailureException when the row is no longer at {@code version} */
	void setActive(long id, long version, boolean active) {
		int rows = jdbc.sql("update demands_category set active = :active, version = version + 1"
				+ " where id = :id and version = :version")
			.param("active", active)
			.param("id", id)
			.param("version", version)
			.update();
		stale(rows, id, version);
	}

	private static void stale(int rows, long id, long version) {
		if (rows != 1) {
			throw new OptimisticLockingFailureException("demand category " + id + " changed since version " + version);
		}
	}

	private ManagedCategory row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ManagedCategory(new DemandCategory(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
				rs.getString("name_en"), rs.getInt("accept_days"), rs.getInt("answer_days"), rs.getInt("reopen_days"),
				rs.getInt("warn_days"), rs.getBoolean("with_amount"), rs.getBoolean("active")), rs.getInt("sort_order"),
				rs.getLong("version"));
	}

}
