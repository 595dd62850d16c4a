package org.tongxin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.tongxin.platform.PlatformProcess;

/**
 * A workflow step's event survives a crash between the step's commit and the event's handling:
 * the inbox's listener is held up (its table locked from outside), the platform is killed while
 * the event waits, and after the restart the event publication registry hands it over again; it is
 * handled once: the work appears in the inbox once, and the publication is completed once.
 */
@DisabledIfEnvironmentVariable(named = "TONGXIN_DB_URL", matches = ".+")
class WorkflowEventCrashIT {

	private static final String LISTENER = "%InboxProjection%";

	private PlatformProcess platform;

	@AfterEach
	void stop() throws InterruptedException {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void aStepsEventIsHandledOnceAfterACrashBetweenCommitAndHandling() throws Exception {
		platform = PlatformProcess.fresh("tongxin-event-crash").start(Duration.ofSeconds(300));
		String member = platform.token("member", "Tongxin@2026");
		long caseId;
		String publication;
		try (Connection outside = platform.database()) {
			outside.setAutoCommit(false);
			try (Statement lock = outside.createStatement()) {
				lock.execute("lock table inbox_item in access exclusive mode");
			}
			caseId = submitDemand(member);
			publication = awaitPublication(outside, caseId);
			assertThat(completed(outside, publication)).as("held up: not handled before the kill").isFalse();
			platform.kill();
			outside.rollback();
		}

		platform.start(Duration.ofSeconds(300));
		try (Connection db = platform.database()) {
			Instant until = Instant.now().plus(Duration.ofSeconds(60));
			while (!completed(db, publication) && Instant.now().isBefore(until)) {
				Thread.sleep(200);
			}
			assertThat(completed(db, publication)).as("handled after the restart").isTrue();
			assertThat(count(db, "select count(*) from event_publication where listener_id like ? and serialized_event like ?",
					LISTENER, "%\"caseId\":" + caseId + ",%"))
				.as("one publication for the inbox, completed").isEqualTo(1);
			assertThat(count(db, "select count(*) from inbox_item where record_type = 'demand' and record_id = " + caseId))
				.as("the work waits once (for the dispatchers of the member's town)").isEqualTo(1);
		}
		String zhugen = platform.token("zhugen", "Tongxin@2026");
		HttpResponse<String> inbox = platform.get("/api/v1/inbox?size=100", zhugen);
		assertThat(inbox.body()).contains("\"recordId\":" + caseId + ",");
	}

	private long submitDemand(String token) throws Exception {
		HttpResponse<String> answer = platform.post("/api/v1/demands", token,
				"{\"categoryCode\":\"LIVELIHOOD\",\"title\":\"崩溃测试\",\"description\":\"提交后平台被强行终止。\"}");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(answer.body());
		assertThat(id.find()).as(answer.body()).isTrue();
		return Long.parseLong(id.group(1));
	}

	/** The registry's row for the inbox's listener and this case's submission (written with the step). */
	private String awaitPublication(Connection db, long caseId) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(until)) {
			try (PreparedStatement find = db.prepareStatement("select id::text from event_publication"
					+ " where listener_id like ? and serialized_event like ?")) {
				find.setString(1, LISTENER);
				find.setString(2, "%\"caseId\":" + caseId + ",%");
				try (ResultSet rs = find.executeQuery()) {
					if (rs.next()) {
						return rs.getString(1);
					}
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no event publication for case " + caseId);
	}

	private static boolean completed(Connection db, String publication) throws SQLException {
		try (PreparedStatement find = db.prepareStatement(
				"select completion_date is not null from event_publication where id = ?::uuid")) {
			find.setString(1, publication);
			try (ResultSet rs = find.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	private static long count(Connection db, String sql, String... args) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				query.setString(i + 1, args[i]);
			}
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

}
