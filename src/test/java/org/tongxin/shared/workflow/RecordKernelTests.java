package org.tongxin.shared.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.security.Actor;

/**
 * The kernel's history and attachments on tables of their own (made here, as a module would have
 * them): steps written with a module's own columns and read back oldest first with the files each
 * brought; a history of one kind without rounds; files checked, limited, sealed, and downloaded only
 * by those who see the record, each download audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RecordKernelTests {

	private static final AttachmentTable FILES = new AttachmentTable("kernel_test_attachment", "thing_id",
			"kernel.test", 2, 64 * 1024, "KERNEL_TEST_ATTACHMENT_VIEWED", "thing");

	/** A module's step: the common part and two columns of its own. */
	record Step(long id, long thing, Instant at, String kind, int round, String note, Long unitId, LocalDate due) {
	}

	static final class Steps implements HistoryTable<Step> {

		@Override
		public HistoryColumns columns() {
			return HistoryColumns.of("kernel_test_event", "thing_id").withDetails("unit_id", "due_date").withFiles(FILES);
		}

		@Override
		public HistoryStep common(Step s) {
			return HistoryStep.of(s.thing(), s.at(), 7, "测试人", s.kind(), s.round(), s.note());
		}

		@Override
		public void details(Step s, BiConsumer<String, Object> column) {
			column.accept("unit_id", s.unitId());
			column.accept("due_date", s.due());
		}

		@Override
		public Step read(HistoryStep c, ResultSet rs) throws SQLException {
			return new Step(c.id(), c.recordId(), c.at(), c.kind(), c.round(), c.note(), Columns.nullableLong(rs, "unit_id"),
					Columns.date(rs, "due_date"));
		}

	}

	/** A history of one kind of step, without rounds: a progress update. */
	record Update(long thing, Instant at, int progress, String note) {
	}

	static final class Updates implements HistoryTable<Update> {

		@Override
		public HistoryColumns columns() {
			return HistoryColumns.of("kernel_test_update", "thing_id").withoutKinds().withoutRounds().withDetails("progress");
		}

		@Override
		public HistoryStep common(Update u) {
			return HistoryStep.of(u.thing(), u.at(), 7, "测试人", null, 0, u.note());
		}

		@Override
		public void details(Update u, BiConsumer<String, Object> column) {
			column.accept("progress", u.progress());
		}

		@Override
		public Update read(HistoryStep c, ResultSet rs) throws SQLException {
			assertThat(c.kind()).isNull();
			assertThat(c.round()).isZero();
			return new Update(c.recordId(), c.at(), rs.getInt("progress"), c.note());
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordHistory history;

	@Autowired
	RecordAttachments attachments;

	private final Steps steps = new Steps();

	private final Actor actor = org.tongxin.ActorFixtures.actor("staff");

	private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

	@BeforeEach
	void tables() {
		jdbc.sql("""
				create table if not exists kernel_test_event (id bigserial primary key, thing_id bigint not null,
				  at timestamptz not null, actor_user_id bigint not null, actor_name varchar(200) not null,
				  kind varchar(24) not null, round integer not null, note text, unit_id bigint, due_date date)""").update();
		jdbc.sql("""
				create table if not exists kernel_test_attachment (id bigserial primary key, thing_id bigint not null,
				  event_id bigint, file_name varchar(200) not null, content_type varchar(100) not null,
				  size_bytes bigint not null, sha256 varchar(64) not null, content_enc bytea not null,
				  uploaded_by bigint not null, uploaded_at timestamptz not null)""").update();
		jdbc.sql("""
				create table if not exists kernel_test_update (id bigserial primary key, thing_id bigint not null,
				  at timestamptz not null, actor_user_id bigint not null, actor_name varchar(200) not null,
				  note text not null, progress integer not null)""").update();
	}

	private static long newThing() {
		return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
	}

	@Test
	void stepsAreReadOldestFirstWithTheirOwnColumnsAndTheFilesEachBrought() throws Exception {
		long thing = newThing();
		long other = thing + 1;
		long later = history.append(steps, new Step(0, thing, T0.plusSeconds(60), "ANSWERED", 2, "已办结", null, null));
		long first = history.append(steps, new Step(0, thing, T0, "ASSIGNED", 1, null, 42L, LocalDate.of(2026, 3, 9)));
		history.append(steps, new Step(0, other, T0, "SUBMITTED", 1, "另一件", null, null));
		attachments.store(FILES, thing, later, List.of(new Upload("回复函.pdf", pdf()), new Upload("现场.png", png())), 7,
				T0.plusSeconds(60));

		Timeline<Step> timeline = history.timeline(steps, thing);
		assertThat(timeline.steps()).extracting(Step::id).containsExactly(first, later);
		assertThat(timeline.steps().get(0)).isEqualTo(new Step(first, thing, T0, "ASSIGNED", 1, null, 42L,
				LocalDate.of(2026, 3, 9)));
		assertThat(timeline.steps().get(1).round()).isEqualTo(2);
		assertThat(timeline.filesOf(first)).isEmpty();
		assertThat(timeline.filesOf(later)).extracting(Attachment::fileName).containsExactly("回复函.pdf", "现场.png");
		assertThat(timeline.filesOf(later)).extracting(Attachment::isImage).containsExactly(false, true);

		Timeline<Step> both = history.timelines(steps, List.of(other, thing));
		assertThat(both.steps()).extracting(Step::thing).containsExactly(thing, thing, other);
		assertThat(history.timelines(steps, List.of()).steps()).isEmpty();
	}

	@Test
	void aHistoryOfOneKindWithoutRoundsKeepsItsOwnColumn() {
		long thing = newThing();
		Updates updates = new Updates();
		history.append(updates, new Update(thing, T0.plusSeconds(5), 100, "完成"));
		history.append(updates, new Update(thing, T0, 40, "启动"));
		assertThat(history.timeline(updates, thing).steps()).containsExactly(new Update(thing, T0, 40, "启动"),
				new Update(thing, T0.plusSeconds(5), 100, "完成"));
	}

	@Test
	void filesAreCheckedAndLimitedPerRecordBeforeAnyIsKeptAndSealedAtRest() throws Exception {
		long thing = newThing();
		byte[] exe = { 'M', 'Z', 0, 0 };
		assertThatThrownBy(() -> attachments.store(FILES, thing, null,
				List.of(new Upload("好.png", png()), new Upload("照片.jpg", exe)), 7, T0))
			.isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.problems().get(0).code()).isEqualTo("upload.executable"));
		assertThat(attachments.count(FILES, thing)).isZero();
		assertThatThrownBy(() -> attachments.store(FILES, thing, null, List.of(new Upload("大.pdf", new byte[65 * 1024])),
				7, T0)).isInstanceOf(Rejection.class);
		attachments.store(FILES, thing, null, List.of(new Upload("a.png", png()), new Upload("../../b.pdf", pdf())), 7, T0);
		assertThatThrownBy(() -> attachments.store(FILES, thing, null, List.of(new Upload("c.pdf", pdf())), 7, T0))
			.isInstanceOfSatisfying(Rejection.class, r -> {
				assertThat(r.problems().get(0).field()).isEqualTo("files");
				assertThat(r.problems().get(0).code()).isEqualTo("upload.tooMany");
			});
		assertThat(jdbc.sql("select file_name from kernel_test_attachment where thing_id = :t order by id").param("t", thing)
			.query(String.class).list()).containsExactly("a.png", "b.pdf");
		byte[] sealed = jdbc.sql("select content_enc from kernel_test_attachment where thing_id = :t and file_name = 'b.pdf'")
			.param("t", thing).query(byte[].class).single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
		attachments.store(FILES, newThing(), null, List.of(), 7, T0); // nothing sent, nothing stored
	}

	@Test
	void aFileIsHandedOnlyToThoseWhoSeeItsRecordAndEveryDownloadIsAudited() throws Exception {
		long thing = newThing();
		attachments.store(FILES, thing, null, List.of(new Upload("a.png", png())), 7, T0);
		long id = jdbc.sql("select id from kernel_test_attachment where thing_id = :t").param("t", thing)
			.query(Long.class).single();
		RecordSight sees = (who, record) -> {
		};
		RecordSight blind = (who, record) -> {
			throw new NotFoundException("thing", record);
		};
		Attachment.Content got = attachments.download(FILES, sees, actor, thing, id);
		assertThat(got.bytes()).isEqualTo(png());
		assertThat(got.attachment().contentType()).isEqualTo("image/png");
		assertThat(audits(thing)).isEqualTo(1);
		assertThatThrownBy(() -> attachments.download(FILES, blind, actor, thing, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> attachments.download(FILES, sees, actor, thing + 1, id))
			.isInstanceOf(NotFoundException.class);
		assertThat(audits(thing)).isEqualTo(1);
	}

	private long audits(long thing) {
		return jdbc.sql("""
				select count(*) from audit_event where action = 'KERNEL_TEST_ATTACHMENT_VIEWED' and target_type = 'thing'
				  and target_id = :t""").param("t", String.valueOf(thing)).query(Long.class).single();
	}

	private static byte[] pdf() {
		return "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] png() throws Exception {
		var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
