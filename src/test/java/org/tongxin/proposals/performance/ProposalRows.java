package org.tongxin.proposals.performance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixture rows of the V21 tables written straight with SQL (the workflows are other parts'), valid
 * against V21's constraints and the agreed semantics. Numbers carry a per-run prefix so that
 * repeated runs against one database never collide.
 */
public final class ProposalRows {

	private static final AtomicLong SERIAL = new AtomicLong();

	private final JdbcClient jdbc;

	private final String prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

	public ProposalRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit as the records copy it: id and path. */
	public record UnitRef(long id, String path) {
	}

	private String number() {
		return prefix + "-" + SERIAL.incrementAndGet();
	}

	static OffsetDateTime at(String instant) {
		return OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
	}

	/**
	 * A proposal; personId null makes it an organisation's. Statuses from HANDLING on get a lead unit
	 * and due date; MERGED needs mergedInto.
	 */
	public long proposal(Long personId, String name, UnitRef unit, String status, String submittedAt, Long mergedInto,
			String title, String body) {
		long id = jdbc.sql("select nextval('proposals_proposal_id_seq')").query(Long.class).single();
		boolean handled = status.equals("HANDLING") || status.equals("REPLIED") || status.equals("CLOSED");
		jdbc.sql("""
				insert into proposals_proposal (id, proposal_no, category_code, title, body, proposer_kind, proposer_person_id,
				  proposer_unit_id, proposer_unit_path, proposer_name, author_user_id, status, created_at, submitted_at,
				  merged_into_id, lead_unit_id, lead_unit_path, due_date, reply)
				values (:id, :no, 'RURAL', :title, :body, :kind, :person, :unit, :path, :name, 1, :status, :created, :submitted,
				  :merged, :lead, :leadPath, :due, :reply)""")
			.param("id", id).param("no", number()).param("title", title).param("body", body)
			.param("kind", personId == null ? "ORGANISATION" : "MEMBER").param("person", personId)
			.param("unit", unit.id()).param("path", unit.path()).param("name", name).param("status", status)
			.param("created", at(submittedAt).minusDays(1)).param("submitted", at(submittedAt)).param("merged", mergedInto)
			.param("lead", handled ? unit.id() : null).param("leadPath", handled ? unit.path() : null)
			.param("due", handled ? LocalDate.of(2099, 1, 1) : null)
			.param("reply", status.equals("REPLIED") || status.equals("CLOSED") ? "已答复：将纳入明年计划" : null)
			.update();
		event(id, "SUBMITTED", submittedAt);
		return id;
	}

	public void event(long proposalId, String kind, String at) {
		jdbc.sql("""
				insert into proposals_event (proposal_id, at, actor_user_id, actor_name, kind, round)
				values (:id, :at, 1, '测试', :kind, 1)""")
			.param("id", proposalId).param("at", at(at)).param("kind", kind).update();
	}

	public void coSigner(long proposalId, long personId, String name, boolean signed) {
		jdbc.sql("""
				insert into proposals_co_signer (proposal_id, person_id, user_id, name, invited_at, signed_at)
				values (:p, :person, :person, :name, now(), :signed)""")
			.param("p", proposalId).param("person", personId).param("name", name)
			.param("signed", signed ? OffsetDateTime.now(ZoneOffset.UTC) : null).update();
	}

	/** A report; personId null makes it a unit's. reviewedAt null leaves it SUBMITTED. */
	public long report(Long personId, String name, UnitRef unit, String submittedAt, String reviewedAt, String title,
			String body) {
		long id = jdbc.sql("select nextval('proposals_report_id_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into proposals_report (id, report_no, category_code, title, body, reporter_kind, reporter_person_id,
				  reporter_unit_id, reporter_unit_path, reporter_name, author_user_id, status, submitted_at, reviewed_at)
				values (:id, :no, 'SOCIAL', :title, :body, :kind, :person, :unit, :path, :name, 1, :status, :submitted, :reviewed)""")
			.param("id", id).param("no", number()).param("title", title).param("body", body)
			.param("kind", personId == null ? "UNIT" : "MEMBER").param("person", personId).param("unit", unit.id())
			.param("path", unit.path()).param("name", name).param("status", reviewedAt == null ? "SUBMITTED" : "ACCEPTED")
			.param("submitted", at(submittedAt)).param("reviewed", reviewedAt == null ? null : at(reviewedAt)).update();
		return id;
	}

	public void adoption(long reportId, String level, LocalDate on) {
		jdbc.sql("""
				insert into proposals_report_adoption (report_id, level, adopted_by, adopted_on, recorded_by, recorded_at)
				values (:r, :level, '信息专报', :on, 1, now())""")
			.param("r", reportId).param("level", level).param("on", on).update();
	}

	public void instruction(long reportId, String level, LocalDate on) {
		jdbc.sql("""
				insert into proposals_report_instruction (report_id, leader_level, leader_post, instruction, instructed_on,
				  recorded_by, recorded_at)
				values (:r, :level, '副市长', '请相关部门研究', :on, 1, now())""")
			.param("r", reportId).param("level", level).param("on", on).update();
	}

	public long decision(LocalDate decidedOn) {
		return jdbc.sql("""
				insert into proposals_decision (issuer, reference, title, decided_on, created_by, created_at)
				values ('PARTY_COMMITTEE', :ref, '关于推进乡村振兴的决定', :on, 1, now()) returning id""")
			.param("ref", "测试发〔" + number() + "〕").param("on", decidedOn).query(Long.class).single();
	}

	public void source(long decisionId, String kind, long sourceId) {
		jdbc.sql("""
				insert into proposals_decision_source (decision_id, source_kind, source_id, linked_by, linked_at)
				values (:d, :kind, :id, 1, now())""")
			.param("d", decisionId).param("kind", kind).param("id", sourceId).update();
	}

	public void result(long decisionId, int progress) {
		jdbc.sql("""
				insert into proposals_result (decision_id, title, owner_unit_id, owner_unit_path, progress, completed_on, updated_at)
				values (:d, '落实事项', 1, '/1/', :progress, :done, now())""")
			.param("d", decisionId).param("progress", progress)
			.param("done", progress == 100 ? LocalDate.of(2011, 12, 1) : null).update();
	}

}
