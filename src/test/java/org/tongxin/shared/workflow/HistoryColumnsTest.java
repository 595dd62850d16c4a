package org.tongxin.shared.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The statements a history layout makes, and the names it refuses to put into them. */
class HistoryColumnsTest {

	private static final AttachmentTable FILES = new AttachmentTable("demo_attachment", "thing_id", "demo.attachment", 3,
			1024, "DEMO_ATTACHMENT_VIEWED", "demo");

	@Test
	void aFullHistoryWritesItsKindRoundAndDetailsAndReadsItsFilesWithEachStep() {
		HistoryColumns columns = HistoryColumns.of("demo_event", "thing_id").withDetails("unit_id", "due_date")
			.withFiles(FILES);
		assertThat(columns.insert()).isEqualTo("insert into demo_event (thing_id, at, actor_user_id, actor_name, kind, round,"
				+ " note, unit_id, due_date) values (:record, :at, :actor, :actorName, :kind, :round, :note, :unit_id,"
				+ " :due_date) returning id");
		assertThat(columns.select()).isEqualTo("select e.id, e.thing_id as record_id, e.at, e.actor_user_id, e.actor_name,"
				+ " e.kind as kind, e.round as round, e.note, e.unit_id, e.due_date, f.id as file_id, f.file_name,"
				+ " f.content_type, f.size_bytes, f.uploaded_at, f.uploaded_by from demo_event e left join demo_attachment f"
				+ " on f.event_id = e.id where e.thing_id in (:ids) order by e.thing_id, e.at, e.id, f.id");
	}

	@Test
	void aHistoryOfOneKindWithoutRoundsOrFilesReadsNullAndZeroForThem() {
		HistoryColumns columns = HistoryColumns.of("demo_update", "thing_id").withoutKinds().withoutRounds()
			.withDetails("progress");
		assertThat(columns.insert()).isEqualTo("insert into demo_update (thing_id, at, actor_user_id, actor_name, note,"
				+ " progress) values (:record, :at, :actor, :actorName, :note, :progress) returning id");
		assertThat(columns.select()).isEqualTo("select e.id, e.thing_id as record_id, e.at, e.actor_user_id, e.actor_name,"
				+ " null as kind, 0 as round, e.note, e.progress from demo_update e where e.thing_id in (:ids)"
				+ " order by e.thing_id, e.at, e.id");
	}

	@Test
	void namesThatAreNotPlainIdentifiersNeverReachAStatement() {
		assertThatThrownBy(() -> HistoryColumns.of("demo_event; drop table x", "thing_id"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> HistoryColumns.of("demo_event", "Thing_Id")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> HistoryColumns.of("demo_event", "thing_id").withDetails("unit_id)", "x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AttachmentTable("demo attachment", "thing_id", "p", 1, 1, "A", "demo"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AttachmentTable("demo_attachment", "", "p", 1, 1, "A", "demo"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDetailMayNotTakeTheNameOfAColumnOrParameterTheKernelUses() {
		for (String taken : new String[] { "note", "round", "kind", "record", "file_name" }) {
			assertThatThrownBy(() -> HistoryColumns.of("demo_event", "thing_id").withDetails(taken))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining(taken);
		}
	}

	@Test
	void attachmentLimitsArePositiveAndEveryTableSaysHowItsDownloadsAreAudited() {
		assertThatThrownBy(() -> new AttachmentTable("demo_attachment", "thing_id", "p", 0, 1, "A", "demo"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AttachmentTable("demo_attachment", "thing_id", "p", 1, 0, "A", "demo"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AttachmentTable("demo_attachment", "thing_id", "p", 1, 1, null, "demo"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AttachmentTable("demo_attachment", "thing_id", " ", 1, 1, "A", "demo"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
