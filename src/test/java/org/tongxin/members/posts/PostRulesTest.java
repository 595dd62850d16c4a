package org.tongxin.members.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.figures.ChineseNumerals;

/** The post rules without Spring: what a seat and an association post need, and dates in order. */
class PostRulesTest {

	private static PostDraft draft(String kind, String level, String session, String organisation, String startedOn,
			String endedOn) {
		return new PostDraft(kind, level, session, organisation, "经济界", "委员", startedOn, endedOn, null);
	}

	@Test
	void aSeatNeedsLevelAndSessionAndDropsAStrayOrganisation() {
		PostValues v = PostRules.check(draft("cppcc", "COUNTY", "10", "别的组织", "2022-01-05", ""));
		assertThat(v.kind()).isEqualTo(PostKind.CPPCC);
		assertThat(v.sessionNumber()).isEqualTo(10);
		assertThat(v.organisation()).isNull();
		assertThat(v.endedOn()).isNull();
		assertThatThrownBy(() -> PostRules.check(draft("NPC", "", "", "", "2022-01-05", "")))
			.isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.problems())
				.extracting(Rejection.FieldProblem::field, Rejection.FieldProblem::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("level", "post.level.required"),
						org.assertj.core.groups.Tuple.tuple("sessionNumber", "post.session.required")));
	}

	@Test
	void anAssociationPostNeedsItsOrganisationAndHasNoSession() {
		PostValues v = PostRules.check(draft("ASSOCIATION_POST", "COUNTY", "3", "区工商联", "2021-06-10", ""));
		assertThat(v.level()).isNull();
		assertThat(v.sessionNumber()).isNull();
		assertThat(v.organisation()).isEqualTo("区工商联");
		assertThatThrownBy(() -> PostRules.check(draft("ASSOCIATION_POST", "", "", "", "2021-06-10", "")))
			.isInstanceOfSatisfying(Rejection.class,
					r -> assertThat(r.problems().get(0).field()).isEqualTo("organisation"));
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		assertThatThrownBy(() -> PostRules.check(draft("MAYOR", "TOWN", "0", "", "2022-13-01", "x")))
			.isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.problems())
				.extracting(Rejection.FieldProblem::field)
				.containsExactly("kind", "level", "sessionNumber", "startedOn", "endedOn"));
		assertThatThrownBy(() -> PostRules.check(draft("NPC", "CITY", "100", "", "2022-01-05", "")))
			.isInstanceOfSatisfying(Rejection.class,
					r -> assertThat(r.problems().get(0).code()).isEqualTo("post.session.invalid"));
	}

	@Test
	void aPostEndsOnOrAfterItsStart() {
		assertThatThrownBy(() -> PostRules.check(draft("NPC", "CITY", "9", "", "2022-01-05", "2022-01-04")))
			.isInstanceOfSatisfying(Rejection.class,
					r -> assertThat(r.problems().get(0).code()).isEqualTo("post.endedOn.beforeStart"));
		assertThat(PostRules.end(LocalDate.of(2022, 1, 5), "2022-01-05")).isEqualTo(LocalDate.of(2022, 1, 5));
		assertThatThrownBy(() -> PostRules.end(LocalDate.of(2022, 1, 5), "")).isInstanceOf(Rejection.class);
	}

	@Test
	void onlySeatsHaveSessionsToEnd() {
		assertThat(PostRules.sessionEnd(new SessionEndRequest("CPPCC", "COUNTY", "10", "2026-12-31")))
			.isEqualTo(new SessionEnd(PostKind.CPPCC, PostLevel.COUNTY, 10, LocalDate.of(2026, 12, 31)));
		assertThatThrownBy(() -> PostRules.sessionEnd(new SessionEndRequest("ASSOCIATION_POST", "COUNTY", "1", "2026-12-31")))
			.isInstanceOfSatisfying(Rejection.class,
					r -> assertThat(r.problems().get(0).code()).isEqualTo("post.session.kindWithoutSession"));
	}

	@Test
	void sessionsAreWrittenInChineseNumerals() {
		assertThat(ChineseNumerals.of(9)).isEqualTo("九");
		assertThat(ChineseNumerals.of(10)).isEqualTo("十");
		assertThat(ChineseNumerals.of(19)).isEqualTo("十九");
		assertThat(ChineseNumerals.of(21)).isEqualTo("二十一");
		assertThat(ChineseNumerals.of(30)).isEqualTo("三十");
	}

}
