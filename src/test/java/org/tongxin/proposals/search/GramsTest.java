package org.tongxin.proposals.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chinese matching by character pairs: every pair of the query must be in the text. */
class GramsTest {

	@Test
	void aChineseQueryFindsTheTextThatHoldsItWhole() {
		assertThat(Grams.ofText("推进乡村振兴产业发展的建议")).containsAll(Grams.ofQuery("乡村振兴"));
		assertThat(Grams.ofQuery("乡村振兴")).containsExactly("乡村", "村振", "振兴");
	}

	@Test
	void theWordsApartDoNotMatch() {
		assertThat(Grams.ofText("乡村道路与振兴计划")).doesNotContainAnyElementsOf(java.util.List.of("村振"));
		assertThat(Grams.ofText("乡村道路与振兴计划").containsAll(Grams.ofQuery("乡村振兴"))).isFalse();
	}

	@Test
	void oneCharacterAndLatinWordsAndNumbers() {
		assertThat(Grams.ofQuery("茶")).containsExactly("茶");
		assertThat(Grams.ofText("发展茶产业")).contains("茶");
		assertThat(Grams.ofQuery("TA2021-007 ＡＢＣ")).containsExactly("ta2021", "007", "abc");
		assertThat(Grams.ofText("提案TA2021-007号")).contains("ta2021", "007", "提案", "号");
		assertThat(Grams.ofQuery("  ,。！ ")).isEmpty();
	}

}
