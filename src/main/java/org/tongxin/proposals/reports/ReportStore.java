package org.tongxin.proposals.reports;

import static org.tongxin.shared.jdbc.Columns.date;
import static org.tongxin.shared.jdbc.Columns.instant;
import static org.tongxin.shared.jdbc.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.proposals.Level;

/**
 * Reads and writes {@code proposals_report} and what is recorded on it (forwards, adoptions,
 * instructions) with plain statements. The report row is written whole, guarded by its version: a
 * second writer acting on the same version gets an {@link OptimisticLockingFailureException} (409).
 * Forwards and adoptions are once per level: the primary key decides, and a second one is simply
 * not inserted (the caller turns that into a Rejection).
 */
@Component
public class ReportStore {

	static final String COLUMNS = """
			r.id, r.report_no, r.category_code, k.name_zh as category_zh, k.name_en as category_en, r.title, r.body,
			r.edited_title, r.edited_body, r.reporter_kind, r.reporter_person_id, r.reporter_unit_id,
			r.reporter_unit_path, r.reporter_name, r.author_user_id, r.status, r.submitted_at, r.reviewed_at,
			r.review_note, r.version""";

	static final String FROM = " from proposals_report r join proposals_category k on k.code = r.category_code";

	static final RowMapper<Report> ROW = ReportStore::map;

	/** A forward, an adoption or an instruction, as one row of the report's page. */
	record Part(String type, Level level, String who, String post, String text, LocalDate on, Instant recordedAt) {
	}

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval('proposals_report_id_seq')").query(Long.class).single();
	}

	public Optional<Report> find(long id) {
		return jdbc.sql("select " + COLUMNS + FROM + " where r.id = :id").param("id", id).query(ROW).optional();
	}

	void insert(Report r) {
		jdbc.sql("""
				insert into proposals_report (id, report_no, category_code, title, body, reporter_kind, reporter_person_id,
				  reporter_unit_id, reporter_unit_path, reporter_name, author_user_id, status, submitted_at, version)
				values (:id, :no, :category, :title, :body, :kind, :person, :unit, :unitPath, :name, :author, :status,
				  :submittedAt, 0)""")
			.param("id", r.id())
			.param("no", r.reportNo())
			.param("category", r.category().code())
			.param("title", r.text().title())
			.param("body", r.text().body())
			.param("kind", r.reporter().kind())
			.param("person", r.reporter().personId())
			.param("unit", r.reporter().unitId())
			.param("unitPath", r.reporter().unitPath())
			.param("name", r.reporter().name())
			.param("author", r.authorUserId())
			.param("status", r.status().name())
			.param("submittedAt", utc(r.submittedAt()))
			.update();
	}

	/** Writes the staff's columns of {@code next} if the row is still at {@code next.version()}. */
	void update(Report next) {
		int updated = jdbc.sql("""
				update proposals_report set edited_title = :editedTitle, edited_body = :editedBody, status = :status,
				  reviewed_at = :reviewedAt, review_note = :note, version = version + 1
				where id = :id and version = :version""")
			.param("editedTitle", next.text().editedTitle())
			.param("editedBody", next.text().editedBody())
			.param("status", next.status().name())
			.param("reviewedAt", utc(next.review().reviewedAt()))
			.param("note", next.review().reviewNote())
			.param("id", next.id())
			.param("version", next.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("report " + next.id() + " changed since version " + next.version());
		}
	}

	/** Holds the report's row until the transaction ends (steps whose checks read its other rows). */
	void lock(long reportId) {
		jdbc.sql("select id from proposals_report where id = :id for update").param("id", reportId).query(Long.class).list();
	}

	Optional<LocalDate> forwardedOn(long reportId, Level level) {
		return jdbc.sql("select forwarded_on from proposals_report_forward where report_id = :report and level = :level")
			.param("report", reportId).param("level", level.name()).query(LocalDate.class).optional();
	}

	Optional<LocalDate> adoptedOn(long reportId, Level level) {
		return jdbc.sql("select adopted_on from proposals_report_adoption where report_id = :report and level = :level")
			.param("report", reportId).param("level", level.name()).query(LocalDate.class).optional();
	}

	/** False when the report was already forwarded to that level. */
	boolean insertForward(long reportId, Level level, String recipient, LocalDate on, long by, Instant at) {
		return jdbc.sql("""
				insert into proposals_report_forward (report_id, level, recipient, forwarded_on, recorded_by, recorded_at)
				values (:report, :level, :who, :on, :by, :at) on conflict do nothing""")
			.param("report", reportId).param("level", level.name()).param("who", recipient).param("on", on)
			.param("by", by).param("at", utc(at))
			.update() == 1;
	}

	/** False when the report was already adopted at that level. */
	boolean insertAdoption(long reportId, Level level, String adoptedBy, LocalDate on, long by, Instant at) {
		return jdbc.sql("""
				insert into proposals_report_adoption (report_id, level, adopted_by, adopted_on, recorded_by, recorded_at)
				values (:report, :level, :who, :on, :by, :at) on conflict do nothing""")
			.param("report", reportId).param("level", level.name()).param("who", adoptedBy).param("on", on)
			.param("by", by).param("at", utc(at))
			.update() == 1;
	}

	long insertInstruction(long reportId, Level level, String post, String text, LocalDate on, long by, Instant at) {
		return jdbc.sql("""
				insert into proposals_report_instruction (report_id, leader_level, leader_post, instruction, instructed_on,
				  recorded_by, recorded_at)
				values (:report, :level, :post, :text, :on, :by, :at) returning id""")
			.param("report", reportId).param("level", level.name()).param("post", post).param("text", text)
			.param("on", on).param("by", by).param("at", utc(at))
			.query(Long.class)
			.single();
	}

	/** Forwards (F), adoptions (A) and instructions (I) of a report in one statement, by level then date. */
	List<Part> parts(long reportId) {
		List<Part> parts = new ArrayList<>();
		jdbc.sql("""
				select 'F' as type, level, recipient as who, null as post, null as text, forwarded_on as on_date, recorded_at
				from proposals_report_forward where report_id = :id
				union all
				select 'A', level, adopted_by, null, null, adopted_on, recorded_at
				from proposals_report_adoption where report_id = :id
				union all
				select 'I', leader_level, null, leader_post, instruction, instructed_on, recorded_at
				from proposals_report_instruction where report_id = :id
				order by on_date, recorded_at""")
			.param("id", reportId)
			.query(rs -> {
				parts.add(new Part(rs.getString("type"), Level.valueOf(rs.getString("level")), rs.getString("who"),
						rs.getString("post"), rs.getString("text"), rs.getDate("on_date").toLocalDate(),
						instant(rs, "recorded_at")));
			});
		return parts;
	}

	private static Report map(ResultSet rs, int n) throws SQLException {
		long person = rs.getLong("reporter_person_id");
		Long personId = rs.wasNull() ? null : person;
		ReportCategory category = new ReportCategory(rs.getString("category_code"), rs.getString("category_zh"),
				rs.getString("category_en"));
		ReportText text = new ReportText(rs.getString("title"), rs.getString("body"), rs.getString("edited_title"),
				rs.getString("edited_body"));
		Reporter reporter = new Reporter(rs.getString("reporter_kind"), personId, rs.getLong("reporter_unit_id"),
				rs.getString("reporter_unit_path"), rs.getString("reporter_name"));
		return new Report(rs.getLong("id"), rs.getString("report_no"), category, text, reporter,
				rs.getLong("author_user_id"), ReportStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"),
				new ReportReview(instant(rs, "reviewed_at"), rs.getString("review_note")), rs.getLong("version"));
	}

}
