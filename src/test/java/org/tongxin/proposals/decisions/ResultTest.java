package org.tongxin.proposals.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An implementation result's rules, without Spring: an open result moves on or completes, a
 * completed one is reported complete again (keeping its date) or reopened; a step its status does
 * not allow is refused naming the status, and an update is checked (progress 0–100, a note, the
 * version; not before the result starts).
 */
class ResultTest {

	private static final LocalDate START = LocalDate.of(2026, 11, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

	@Test
	void theTableLetsAnOpenResultMoveOrCompleteAndACompletedOneConfirmOrReopen() {
		assertThat(Result.STEPS.at(ResultStatus.OPEN)).containsExactlyInAnyOrder(ResultStep.UPDATE, ResultStep.COMPLETE);
		assertThat(Result.STEPS.at(ResultStatus.COMPLETED)).containsExactlyInAnyOrder(ResultStep.COMPLETE,
				ResultStep.REOPEN);
	}

	@Test
	void aPlannedResultStartsOpenAtNothingDone() {
		ResultValues values = new ResultValues("建设配套道路", null, "LG-JXJ", "刘洋", START, LocalDate.of(2027, 6, 30));
		Result r = Result.planned(5, values, new ResultOwner(31, "/1/31/", "刘洋"), NOW);
		assertThat(r.id()).isZero();
		assertThat(r.progress()).isZero();
		assertThat(r.status()).isEqualTo(ResultStatus.OPEN);
		assertThat(r.owner().unitId()).isEqualTo(31);
		assertThat(r.updatedAt()).isEqualTo(NOW);
	}

	@Test
	void anOpenResultMovesOn() {
		Result r = open(20).updated(draft("40"), TODAY, NOW);
		assertThat(r.progress()).isEqualTo(40);
		assertThat(r.status()).isEqualTo(ResultStatus.OPEN);
		assertThat(r.updatedAt()).isEqualTo(NOW);
		assertThat(open(20).progressed(0, NOW).progress()).isZero();
		refused(() -> completed().progressed(40, NOW), "status", "decision.result.state.update");
	}

	@Test
	void anOpenResultCompletesToday() {
		Result r = open(40).updated(draft("100"), TODAY, NOW);
		assertThat(r.progress()).isEqualTo(100);
		assertThat(r.completedOn()).isEqualTo(TODAY);
		assertThat(r.status()).isEqualTo(ResultStatus.COMPLETED);
	}

	@Test
	void aCompletedResultReportedCompleteAgainKeepsItsDate() {
		Result r = completed().updated(draft("100"), TODAY, NOW);
		assertThat(r.completedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(r.status()).isEqualTo(ResultStatus.COMPLETED);
	}

	@Test
	void aCompletedResultIsReopenedBelowAHundredAndAnOpenOneNeedsNoReopening() {
		Result r = completed().updated(draft("80"), TODAY, NOW);
		assertThat(r.progress()).isEqualTo(80);
		assertThat(r.completedOn()).isNull();
		assertThat(r.status()).isEqualTo(ResultStatus.OPEN);
		refused(() -> open(40).reopened(30, NOW), "status", "decision.result.state.reopen");
	}

	@Test
	void anUpdateIsCheckedNamingEveryFieldAndIsNotPostedBeforeTheResultStarts() {
		assertThatThrownBy(() -> open(0).updated(new UpdateDraft("101", " ", null), TODAY, NOW))
			.isInstanceOfSatisfying(Rejection.class, ex -> assertThat(ex.problems()).extracting(Rejection.FieldProblem::field,
					Rejection.FieldProblem::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("progress", "decision.progress.range"),
						org.assertj.core.groups.Tuple.tuple("note", "decision.field.required"),
						org.assertj.core.groups.Tuple.tuple("version", "decision.version.required")));
		refused(() -> open(0).updated(draft(""), TODAY, NOW), "progress", "decision.progress.required");
		refused(() -> open(0).updated(draft("abc"), TODAY, NOW), "progress", "decision.progress.range");
		refused(() -> open(0).updated(draft("10"), START.minusDays(1), NOW), "progress", "decision.update.beforeStart");
		assertThat(open(0).updated(draft("10"), START, NOW).progress()).isEqualTo(10);
	}

	@Test
	void theApisResultKeepsItsFlatOwnerFieldsAndNoHelperBecomesAField() {
		JsonNode json = JsonMapper.builder().build().valueToTree(completed());
		assertThat(json.propertyNames()).containsExactlyInAnyOrder("id", "decisionId", "title", "description",
				"ownerUnitId", "ownerUnitPath", "ownerName", "startsOn", "dueOn", "progress", "completedOn", "updatedAt",
				"version");
		assertThat(json.get("ownerUnitId").asLong()).isEqualTo(31);
		assertThat(json.get("ownerName").asString()).isEqualTo("刘洋");
		assertThat(json.get("ownerUnitPath").asString()).isEqualTo("/1/31/");
	}

	private static Result open(int progress) {
		return new Result(9, 5, "建设产业园配套道路", null, new ResultOwner(31, "/1/31/", "刘洋"), START, null, progress, null,
				Instant.parse("2026-11-05T02:00:00Z"), 2);
	}

	private static Result completed() {
		return new Result(9, 5, "建设产业园配套道路", null, new ResultOwner(31, "/1/31/", "刘洋"), START, null, 100,
				LocalDate.of(2026, 11, 10), Instant.parse("2026-11-10T02:00:00Z"), 3);
	}

	private static UpdateDraft draft(String progress) {
		return new UpdateDraft(progress, "道路建成通车", 2L);
	}

	private static void refused(ThrowingCallable step, String field, String code) {
		assertThatThrownBy(step).isInstanceOfSatisfying(Rejection.class, ex -> {
			assertThat(ex.problems().get(0).field()).isEqualTo(field);
			assertThat(ex.problems().get(0).code()).isEqualTo(code);
		});
	}

}
