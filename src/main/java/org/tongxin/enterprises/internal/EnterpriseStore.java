package org.tongxin.enterprises.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitScope;

/**
 * Enterprises and their contacts in SQL with bound parameters; the scope and the filters are fixed
 * text with named parameters. A page of the list is a count and one read, whatever it holds.
 */
@Component
public class EnterpriseStore {

	private static final String COLUMNS = "e.id, e.name, e.credit_code, e.unit_id, e.unit_path, e.park, e.industry,"
			+ " e.address, e.operator_person_id, e.status, e.version, e.created_at, e.updated_at";

	/** An enterprise as stored. */
	record Stored(long id, String name, String creditCode, long unitId, String unitPath, String park, String industry,
			String address, Long operatorPersonId, EnterpriseStatus status, long version, Instant createdAt,
			Instant updatedAt) {
	}

	/** A list line as stored, with its measures counted. */
	record Line(Stored enterprise, int openMeasures, int overdueMeasures) {
	}

	/** A contact as stored (the phone still sealed). */
	record StoredContact(long id, long enterpriseId, String name, String title, String phoneEnc, String phoneMask) {
	}

	/** What the list filters by, already resolved: text, unit subtree path, park text, status. */
	record Filter(String text, String unitPath, String park, EnterpriseStatus status) {
	}

	private final JdbcClient jdbc;

	EnterpriseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from enterprises_enterprise e where e.id = :id").param("id", id)
			.query(EnterpriseStore::stored).optional();
	}

	List<Stored> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from enterprises_enterprise e where e.id in (:ids)")
			.param("ids", ids.stream().distinct().toList()).query(EnterpriseStore::stored).list();
	}

	/** The enterprise holding a code, if any (a second one with the same code is refused). */
	Optional<Long> idByCreditCode(String code) {
		return jdbc.sql("select id from enterprises_enterprise where credit_code = :code").param("code", code)
			.query(Long.class).optional();
	}

	long count(UnitScope scope, Filter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, filter, params);
		return jdbc.sql("select count(*) from enterprises_enterprise e where " + where).params(params).query(Long.class)
			.single();
	}

	List<Line> page(UnitScope scope, Filter filter, LocalDate today, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, filter, params);
		params.put("today", today);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return jdbc.sql("select " + COLUMNS + ", (select count(*) from enterprises_measure m where m.enterprise_id = e.id"
				+ " and m.status in ('PLANNED', 'IN_PROGRESS')) as open_measures,"
				+ " (select count(*) from enterprises_measure m where m.enterprise_id = e.id"
				+ " and m.status in ('PLANNED', 'IN_PROGRESS') and m.due_on < :today) as overdue_measures"
				+ " from enterprises_enterprise e where " + where + " order by e.name, e.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new Line(stored(rs, n), rs.getInt("open_measures"), rs.getInt("overdue_measures")))
			.list();
	}

	/** Enterprises in scope whose name or code contains the text, by name, for pickers. */
	List<Stored> search(UnitScope scope, String text, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, new Filter(text, null, null, null), params);
		params.put("limit", limit);
		return jdbc.sql("select " + COLUMNS + " from enterprises_enterprise e where " + where
				+ " order by e.name, e.id limit :limit").params(params).query(EnterpriseStore::stored).list();
	}

	private static String where(UnitScope scope, Filter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(scope.sql("e.unit_id", "e.unit_path", params));
		if (filter.text() != null) {
			where.append(" and (e.name ilike :text escape '\\' or e.credit_code like upper(:text) escape '\\')");
			params.put("text", "%" + likeEscaped(filter.text()) + "%");
		}
		if (filter.unitPath() != null) {
			where.append(" and e.unit_path like :unitPath");
			params.put("unitPath", filter.unitPath() + "%");
		}
		if (filter.park() != null) {
			where.append(" and e.park ilike :park escape '\\'");
			params.put("park", "%" + likeEscaped(filter.park()) + "%");
		}
		if (filter.status() != null) {
			where.append(" and e.status = :status");
			params.put("status", filter.status().name());
		}
		return where.toString();
	}

	/** User text taken literally in a LIKE pattern. */
	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	public long insert(Values.Enterprise v, Instant now) {
		return jdbc.sql("insert into enterprises_enterprise (name, credit_code, unit_id, unit_path, park, industry, address,"
				+ " operator_person_id, status, created_at, updated_at) values (:name, :code, :unit, :path, :park, :industry,"
				+ " :address, :operator, :status, :now, :now) returning id")
			.params(values(v)).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	/** Changes the enterprise if it is still at {@code version}; false when someone changed it meanwhile. */
	boolean update(long id, long version, Values.Enterprise v, Instant now) {
		return jdbc.sql("update enterprises_enterprise set name = :name, credit_code = :code, unit_id = :unit,"
				+ " unit_path = :path, park = :park, industry = :industry, address = :address,"
				+ " operator_person_id = :operator, status = :status, updated_at = :now, version = version + 1"
				+ " where id = :id and version = :version")
			.params(values(v)).param("now", Timestamp.from(now)).param("id", id).param("version", version).update() == 1;
	}

	/** A change of a contact or the plan moves the enterprise's version, so an open edit form learns it is stale. */
	void touch(long id, Instant now) {
		jdbc.sql("update enterprises_enterprise set updated_at = :now, version = version + 1 where id = :id")
			.param("now", Timestamp.from(now)).param("id", id).update();
	}

	List<StoredContact> contacts(long enterpriseId) {
		return jdbc.sql("select id, enterprise_id, name, title, phone_enc, phone_mask from enterprises_contact"
				+ " where enterprise_id = :id order by id").param("id", enterpriseId).query(EnterpriseStore::contact).list();
	}

	Optional<StoredContact> contact(long contactId) {
		return jdbc.sql("select id, enterprise_id, name, title, phone_enc, phone_mask from enterprises_contact"
				+ " where id = :id").param("id", contactId).query(EnterpriseStore::contact).optional();
	}

	public long insertContact(long enterpriseId, Values.Contact v, String phoneEnc, String phoneMask) {
		return jdbc.sql("insert into enterprises_contact (enterprise_id, name, title, phone_enc, phone_mask)"
				+ " values (:enterprise, :name, :title, :enc, :mask) returning id")
			.param("enterprise", enterpriseId).param("name", v.name()).param("title", v.title()).param("enc", phoneEnc)
			.param("mask", phoneMask).query(Long.class).single();
	}

	void updateContact(long contactId, Values.Contact v, String phoneEnc, String phoneMask) {
		jdbc.sql("update enterprises_contact set name = :name, title = :title, phone_enc = :enc, phone_mask = :mask"
				+ " where id = :id")
			.param("name", v.name()).param("title", v.title()).param("enc", phoneEnc).param("mask", phoneMask)
			.param("id", contactId).update();
	}

	void deleteContact(long contactId) {
		jdbc.sql("delete from enterprises_contact where id = :id").param("id", contactId).update();
	}

	private static Map<String, Object> values(Values.Enterprise v) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", v.name());
		params.put("code", v.creditCode().value());
		params.put("unit", v.unit().id());
		params.put("path", v.unit().path());
		params.put("park", v.park());
		params.put("industry", v.industry());
		params.put("address", v.address());
		params.put("operator", v.operatorPersonId());
		params.put("status", v.status().name());
		return params;
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		long operator = rs.getLong("operator_person_id");
		Long operatorId = rs.wasNull() ? null : operator;
		return new Stored(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"), rs.getLong("unit_id"),
				rs.getString("unit_path"), rs.getString("park"), rs.getString("industry"), rs.getString("address"),
				operatorId, EnterpriseStatus.valueOf(rs.getString("status")), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static StoredContact contact(ResultSet rs, int n) throws SQLException {
		return new StoredContact(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("name"), rs.getString("title"),
				rs.getString("phone_enc"), rs.getString("phone_mask"));
	}

}
