package org.tongxin.members.talent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.talent.TalentViews.Enrolment;
import org.tongxin.members.talent.TalentViews.PersonProject;

/** Elite projects and who is enrolled; fixed SQL, every value a bound parameter. */
@Component
public class ProjectStore {

	/** A project as stored. */
	record Row(long id, String name, int year, String description) {
	}

	/** An enrolment with its person's unit (named by the caller, units being org's). */
	record EnrolledRow(Enrolment enrolment, long unitId) {
	}

	private final JdbcClient jdbc;

	ProjectStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every project, newest year first. */
	List<Row> all() {
		return jdbc.sql("select id, name, year, description from members_elite_project order by year desc, name")
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getInt("year"), rs.getString("description")))
			.list();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select id, name, year, description from members_elite_project where id = :id").param("id", id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getInt("year"), rs.getString("description")))
			.optional();
	}

	boolean exists(String name, int year) {
		return jdbc.sql("select count(*) from members_elite_project where name = :name and year = :year")
			.param("name", name).param("year", year).query(Long.class).single() > 0;
	}

	public long insert(Values.Project v) {
		return jdbc.sql("insert into members_elite_project (name, year, description) values (:name, :year, :description)"
				+ " returning id")
			.param("name", v.name()).param("year", v.year()).param("description", v.description()).query(Long.class).single();
	}

	/** Everyone enrolled in any project whose person is in the scope, in one statement. */
	List<EnrolledRow> enrolled(MemberScope scope) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		scope.appendTo(where, params);
		return jdbc.sql("select e.project_id, e.person_id, p.name, p.unit_id, e.enrolled_on, e.remark"
				+ " from members_elite_enrolment e join members_person p on p.id = e.person_id where true" + where
				+ " order by e.project_id, e.enrolled_on, p.name_key")
			.params(params)
			.query((rs, n) -> new EnrolledRow(enrolment(rs), rs.getLong("unit_id")))
			.list();
	}

	/** Every project, with this person's enrolment where there is one: one statement. */
	List<PersonProject> forPerson(long personId, String personName) {
		return jdbc.sql("select j.id, j.name, j.year, e.project_id, e.person_id, e.enrolled_on, e.remark"
				+ " from members_elite_project j left join members_elite_enrolment e on e.project_id = j.id and e.person_id = :person"
				+ " order by j.year desc, j.name")
			.param("person", personId)
			.query((rs, n) -> new PersonProject(rs.getLong("id"), rs.getString("name"), rs.getInt("year"),
					rs.getObject("project_id") == null ? null
							: new Enrolment(rs.getLong("id"), personId, personName, null,
									rs.getObject("enrolled_on", LocalDate.class), rs.getString("remark"))))
			.list();
	}

	/** Enrols the person; false when they were enrolled already (then date and remark change). */
	public boolean enrol(long projectId, long personId, Values.Enrolment v) {
		int added = jdbc.sql("insert into members_elite_enrolment (project_id, person_id, enrolled_on, remark)"
				+ " values (:project, :person, :on, :remark) on conflict (project_id, person_id) do nothing")
			.param("project", projectId).param("person", personId).param("on", v.enrolledOn()).param("remark", v.remark())
			.update();
		if (added == 0) {
			jdbc.sql("update members_elite_enrolment set enrolled_on = :on, remark = :remark"
					+ " where project_id = :project and person_id = :person")
				.param("on", v.enrolledOn()).param("remark", v.remark()).param("project", projectId)
				.param("person", personId).update();
		}
		return added > 0;
	}

	boolean remove(long projectId, long personId) {
		return jdbc.sql("delete from members_elite_enrolment where project_id = :project and person_id = :person")
			.param("project", projectId).param("person", personId).update() > 0;
	}

	private static Enrolment enrolment(ResultSet rs) throws SQLException {
		return new Enrolment(rs.getLong("project_id"), rs.getLong("person_id"), rs.getString("name"), null,
				rs.getObject("enrolled_on", LocalDate.class), rs.getString("remark"));
	}

}
