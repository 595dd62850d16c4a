package org.tongxin.proposals.internal;

import static org.tongxin.shared.jdbc.Columns.date;
import static org.tongxin.shared.jdbc.Columns.instant;
import static org.tongxin.shared.jdbc.Columns.nullableLong;
import static org.tongxin.shared.jdbc.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes {@code proposals_proposal} with its co-signers and co-handling units. A proposal
 * is written whole, guarded by its version: a second writer acting on the same version gets an
 * {@link OptimisticLockingFailureException} (409) and changes nothing.
 */
@Component
public class ProposalStore {

	static final String COLUMNS = """
			p.id, p.proposal_no, p.category_code, p.title, p.body, p.proposer_kind, p.proposer_person_id,
			p.proposer_unit_id, p.proposer_unit_path, p.proposer_name, p.author_user_id, p.status, p.round,
			p.public_visible, p.created_at, p.submitted_at, p.reviewed_at, p.review_note, p.merged_into_id,
			p.lead_unit_id, p.lead_unit_path, p.assigned_at, p.due_date, p.replied_at, p.reply, p.feedback_contacted,
			p.feedback_attitude, p.feedback_adoption, p.feedback_result, p.feedback_comment, p.feedback_at,
			p.closed_at, p.version""";

	static final RowMapper<Proposal> ROW = ProposalStore::map;

	/** A member invited to sign; {@code signedAt} null while the invitation is open. */
	public record CoSigner(long personId, long userId, String name, Instant invitedAt, Instant signedAt) {

		public boolean signed() {
			return signedAt != null;
		}

	}

	/** A co-handling unit (会办单位). */
	public record CoUnit(long unitId, String unitPath) {
	}

	/** A proposal with its co-signers and co-handling units, read together. */
	public record Loaded(Proposal proposal, List<CoSigner> coSigners, List<CoUnit> coUnits) {
	}

	private final JdbcClient jdbc;

	ProposalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval('proposals_proposal_id_seq')").query(Long.class).single();
	}

	public Optional<Proposal> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from proposals_proposal p where p.id = :id").param("id", id).query(ROW).optional();
	}

	/** The id of the proposal with that number (JY…), if any; visibility is the caller's to check. */
	public Optional<Long> idOfNumber(String number) {
		return jdbc.sql("select id from proposals_proposal where proposal_no = :no")
			.param("no", number.strip().toUpperCase(java.util.Locale.ROOT))
			.query(Long.class)
			.optional();
	}

	/** The proposal, its co-signers and its co-handling units (two statements, the page's first read). */
	public Optional<Loaded> load(long id) {
		return find(id).map(p -> {
			List<CoSigner> signers = new java.util.ArrayList<>();
			List<CoUnit> coUnits = new java.util.ArrayList<>();
			jdbc.sql("""
					select 'S' as part, person_id as ref, user_id, name, invited_at, signed_at, null as unit_path
					from proposals_co_signer where proposal_id = :id
					union all
					select 'U', unit_id, null, null, null, null, unit_path from proposals_co_unit where proposal_id = :id
					order by 1, 5, 2""")
				.param("id", id)
				.query(rs -> {
					if ("S".equals(rs.getString("part"))) {
						signers.add(new CoSigner(rs.getLong("ref"), rs.getLong("user_id"), rs.getString("name"),
								instant(rs, "invited_at"), instant(rs, "signed_at")));
					}
					else {
						coUnits.add(new CoUnit(rs.getLong("ref"), rs.getString("unit_path")));
					}
				});
			return new Loaded(p, signers, coUnits);
		});
	}

	public List<CoSigner> coSigners(long id) {
		return jdbc.sql("""
				select person_id, user_id, name, invited_at, signed_at from proposals_co_signer
				where proposal_id = :id order by invited_at, person_id""")
			.param("id", id)
			.query((rs, n) -> new CoSigner(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, "invited_at"),
					instant(rs, "signed_at")))
			.list();
	}

	public List<CoUnit> coUnits(long id) {
		return jdbc.sql("select unit_id, unit_path from proposals_co_unit where proposal_id = :id order by unit_id")
			.param("id", id)
			.query((rs, n) -> new CoUnit(rs.getLong(1), rs.getString(2)))
			.list();
	}

	void insert(Proposal p) {
		jdbc.sql("""
				insert into proposals_proposal (id, proposal_no, category_code, title, body, proposer_kind,
				  proposer_person_id, proposer_unit_id, proposer_unit_path, proposer_name, author_user_id, status,
				  round, public_visible, created_at, version)
				values (:id, :no, :category, :title, :body, :kind, :person, :unit, :unitPath, :name, :author, :status,
				  1, false, :createdAt, 0)""")
			.param("id", p.id())
			.param("no", p.proposalNo())
			.param("category", p.text().categoryCode())
			.param("title", p.text().title())
			.param("body", p.text().body())
			.param("kind", p.proposer().kind().name())
			.param("person", p.proposer().personId())
			.param("unit", p.proposer().unitId())
			.param("unitPath", p.proposer().unitPath())
			.param("name", p.proposer().name())
			.param("author", p.proposer().authorUserId())
			.param("status", p.status().name())
			.param("createdAt", utc(p.dates().createdAt()))
			.update();
	}

	/** Writes the workflow's columns of {@code next} if the row is still at {@code next.version()}. */
	void update(Proposal next) {
		Proposal.Review review = next.review();
		Proposal.Handling handling = next.handling();
		Proposal.Answer answer = next.answer();
		Feedback f = answer.feedback();
		int updated = jdbc.sql("""
				update proposals_proposal set category_code = :category, title = :title, body = :body, status = :status,
				  round = :round, public_visible = :public, submitted_at = :submittedAt, reviewed_at = :reviewedAt,
				  review_note = :reviewNote, merged_into_id = :mergedInto, lead_unit_id = :leadUnit,
				  lead_unit_path = :leadPath, assigned_at = :assignedAt, due_date = :due, replied_at = :repliedAt,
				  reply = :reply, feedback_contacted = :contacted, feedback_attitude = :attitude,
				  feedback_adoption = :adoption, feedback_result = :result, feedback_comment = :comment,
				  feedback_at = :feedbackAt, closed_at = :closedAt, version = version + 1
				where id = :id and version = :version""")
			.param("category", next.text().categoryCode())
			.param("title", next.text().title())
			.param("body", next.text().body())
			.param("status", next.status().name())
			.param("round", next.round())
			.param("public", review.publicVisible())
			.param("submittedAt", utc(next.dates().submittedAt()))
			.param("reviewedAt", utc(review.reviewedAt()))
			.param("reviewNote", review.note())
			.param("mergedInto", review.mergedIntoId())
			.param("leadUnit", handling.leadUnitId())
			.param("leadPath", handling.leadUnitPath())
			.param("assignedAt", utc(handling.assignedAt()))
			.param("due", handling.dueDate())
			.param("repliedAt", utc(answer.repliedAt()))
			.param("reply", answer.reply())
			.param("contacted", f == null ? null : f.contacted())
			.param("attitude", f == null ? null : f.attitude().name())
			.param("adoption", f == null ? null : f.adoption().name())
			.param("result", f == null ? null : f.result().name())
			.param("comment", f == null ? null : f.comment())
			.param("feedbackAt", utc(answer.feedbackAt()))
			.param("closedAt", utc(next.dates().closedAt()))
			.param("id", next.id())
			.param("version", next.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("proposal " + next.id() + " changed since version " + next.version());
		}
	}

	void invite(long id, long personId, long userId, String name, Instant at) {
		jdbc.sql("""
				insert into proposals_co_signer (proposal_id, person_id, user_id, name, invited_at)
				values (:id, :person, :user, :name, :at)""")
			.param("id", id)
			.param("person", personId)
			.param("user", userId)
			.param("name", name)
			.param("at", utc(at))
			.update();
	}

	boolean withdraw(long id, long personId) {
		return jdbc.sql("delete from proposals_co_signer where proposal_id = :id and person_id = :person")
			.param("id", id)
			.param("person", personId)
			.update() == 1;
	}

	/** Signs an open invitation of that user; false when there is none (already signed, or withdrawn). */
	boolean sign(long id, long userId, Instant at) {
		return jdbc.sql("""
				update proposals_co_signer set signed_at = :at
				where proposal_id = :id and user_id = :user and signed_at is null""")
			.param("id", id)
			.param("user", userId)
			.param("at", utc(at))
			.update() == 1;
	}

	/** Every signature of the proposal becomes an open invitation again; the names of those who had signed. */
	List<String> unsign(long id) {
		return jdbc.sql("""
				update proposals_co_signer set signed_at = null
				where proposal_id = :id and signed_at is not null returning name""")
			.param("id", id)
			.query(String.class)
			.list();
	}

	void replaceCoUnits(long id, Collection<CoUnit> units) {
		jdbc.sql("delete from proposals_co_unit where proposal_id = :id").param("id", id).update();
		for (CoUnit unit : units) {
			jdbc.sql("insert into proposals_co_unit (proposal_id, unit_id, unit_path) values (:id, :unit, :path)")
				.param("id", id)
				.param("unit", unit.unitId())
				.param("path", unit.unitPath())
				.update();
		}
	}

	private static Proposal map(ResultSet rs, int n) throws SQLException {
		String attitude = rs.getString("feedback_attitude");
		Feedback feedback = attitude == null ? null
				: new Feedback(rs.getBoolean("feedback_contacted"), Grade.valueOf(attitude),
						Adoption.valueOf(rs.getString("feedback_adoption")), Grade.valueOf(rs.getString("feedback_result")),
						rs.getString("feedback_comment"), false);
		return new Proposal(rs.getLong("id"), rs.getString("proposal_no"),
				new ProposalInput.Text(rs.getString("category_code"), rs.getString("title"), rs.getString("body")),
				new Proposal.ProposedBy(ProposerKind.valueOf(rs.getString("proposer_kind")),
						nullableLong(rs, "proposer_person_id"), rs.getLong("proposer_unit_id"),
						rs.getString("proposer_unit_path"), rs.getString("proposer_name"), rs.getLong("author_user_id")),
				ProposalStatus.valueOf(rs.getString("status")), rs.getInt("round"),
				new Proposal.Dates(instant(rs, "created_at"), instant(rs, "submitted_at"), instant(rs, "closed_at")),
				new Proposal.Review(instant(rs, "reviewed_at"), rs.getString("review_note"),
						nullableLong(rs, "merged_into_id"), rs.getBoolean("public_visible")),
				new Proposal.Handling(nullableLong(rs, "lead_unit_id"), rs.getString("lead_unit_path"),
						instant(rs, "assigned_at"), date(rs, "due_date")),
				new Proposal.Answer(instant(rs, "replied_at"), rs.getString("reply"), feedback, instant(rs, "feedback_at")),
				rs.getLong("version"));
	}

}
