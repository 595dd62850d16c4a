package org.tongxin.members.talent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.talent.TalentViews.PersonTag;
import org.tongxin.members.talent.TalentViews.Tag;

/** The tag vocabulary and who holds which tag; fixed SQL, every value a bound parameter. */
@Component
public class TagStore {

	private static final String TAG = "select t.code, t.name_zh, t.name_en, t.active, t.sort_order";

	private final JdbcClient jdbc;

	TagStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole vocabulary in order, each with how many people in {@code scope} hold it: one statement. */
	List<Tag> vocabulary(MemberScope scope) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		scope.appendTo(where, params);
		return jdbc.sql(TAG + ", (select count(*) from members_person_tag pt join members_person p on p.id = pt.person_id"
				+ " where pt.tag_code = t.code" + where + ") as people from members_talent_tag t order by t.sort_order, t.code")
			.params(params).query((rs, n) -> tag(rs, rs.getLong("people"))).list();
	}

	/** The tags that can be given now, for filters and forms. */
	List<Tag> active() {
		return jdbc.sql(TAG + " from members_talent_tag t where t.active order by t.sort_order, t.code")
			.query((rs, n) -> tag(rs, null)).list();
	}

	Optional<Tag> find(String code) {
		return jdbc.sql(TAG + " from members_talent_tag t where t.code = :code").param("code", code)
			.query((rs, n) -> tag(rs, null)).optional();
	}

	boolean nameTaken(String nameZh) {
		return jdbc.sql("select count(*) from members_talent_tag where name_zh = :name").param("name", nameZh)
			.query(Long.class).single() > 0;
	}

	/** A new tag at the end of the order. */
	void insert(Values.Tag tag) {
		jdbc.sql("insert into members_talent_tag (code, name_zh, name_en, sort_order)"
				+ " select :code, :zh, :en, coalesce(max(sort_order), 0) + 10 from members_talent_tag")
			.param("code", tag.code()).param("zh", tag.nameZh()).param("en", tag.nameEn()).update();
	}

	int setActive(String code, boolean active) {
		return jdbc.sql("update members_talent_tag set active = :active where code = :code and active <> :active")
			.param("active", active).param("code", code).update();
	}

	/**
	 * The tags a person holds and the active ones they do not, in one statement: the vocabulary
	 * left-joined with the person's assignments (an inactive tag still shows where it is held).
	 */
	void forPerson(long personId, List<PersonTag> held, List<Tag> others) {
		jdbc.sql(TAG + ", pt.tagged_at, pt.tagged_by_name, pt.note, pt.person_id is not null as held"
				+ " from members_talent_tag t left join members_person_tag pt on pt.tag_code = t.code and pt.person_id = :person"
				+ " where t.active or pt.person_id is not null order by t.sort_order, t.code")
			.param("person", personId)
			.query((ResultSet rs) -> {
				if (rs.getBoolean("held")) {
					held.add(personTag(rs));
				}
				else {
					others.add(tag(rs, null));
				}
			});
	}

	List<PersonTag> held(long personId) {
		List<PersonTag> held = new ArrayList<>();
		forPerson(personId, held, new ArrayList<>());
		return held;
	}

	/** Gives the tag; false when the person held it already (then only the note changes). */
	public boolean assign(long personId, String code, Long userId, String userName, String note, Instant now) {
		int added = jdbc.sql("insert into members_person_tag (person_id, tag_code, tagged_at, tagged_by, tagged_by_name, note)"
				+ " values (:person, :code, :now, :user, :userName, :note) on conflict (person_id, tag_code) do nothing")
			.param("person", personId).param("code", code).param("now", Timestamp.from(now)).param("user", userId)
			.param("userName", userName).param("note", note).update();
		if (added == 0) {
			jdbc.sql("update members_person_tag set note = :note where person_id = :person and tag_code = :code")
				.param("note", note).param("person", personId).param("code", code).update();
		}
		return added > 0;
	}

	boolean remove(long personId, String code) {
		return jdbc.sql("delete from members_person_tag where person_id = :person and tag_code = :code")
			.param("person", personId).param("code", code).update() > 0;
	}

	private static Tag tag(ResultSet rs, Long people) throws SQLException {
		return new Tag(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getBoolean("active"),
				rs.getInt("sort_order"), people);
	}

	private static PersonTag personTag(ResultSet rs) throws SQLException {
		return new PersonTag(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				rs.getBoolean("active"), rs.getTimestamp("tagged_at").toInstant(), rs.getString("tagged_by_name"),
				rs.getString("note"));
	}

}
