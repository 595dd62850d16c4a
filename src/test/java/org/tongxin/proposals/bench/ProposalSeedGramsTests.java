package org.tongxin.proposals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The bench seeds its search rows with grams cut in SQL (fast, no row leaves the database); they
 * must be exactly what the index would write, Grams.ofText (reached by reflection: it is the search
 * part's own), for texts as the seed writes them and for mixed ones. Nothing is inserted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProposalSeedGramsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeedsGramsAreThoseOfTheIndexForGeneratedTexts() throws Exception {
		List<String> texts = jdbc.sql("""
				select concat_ws(E'\\n', 'JY2021' || lpad(g.i::text, 6, '0'), %s, '张' || g.i, %s, '答复：' || %s)
				from generate_series(1, 200) as g (i)""".formatted(ProposalSeedText.TITLE, ProposalSeedText.BODY,
				ProposalSeedText.BODY))
			.query(String.class).list();
		assertThat(texts).hasSize(200).allSatisfy(t -> assertThat(t).contains("，"));
		for (String text : texts) {
			assertThat(sqlGrams(text)).as(text).containsExactlyElementsOf(indexGrams(text));
		}
	}

	@Test
	void theSeedsGramsAreThoseOfTheIndexForMixedTexts() throws Exception {
		List<String> texts = new ArrayList<>(List.of("推进乡村振兴产业发展的建议", "乡", "", "JY2021000123\n关于ABC123的建议，2021年 盐业",
				"乡村乡村振兴乡村", "Road 7号 road7 ROAD", "茶叶茶叶；茶。竹编-竹编", "a b  c\n\nd"));
		for (String text : texts) {
			assertThat(sqlGrams(text)).as(text).containsExactlyElementsOf(indexGrams(text));
		}
	}

	@Test
	void theWordListHoldsAsManyWordsAsItSays() {
		assertThat(jdbc.sql("select cardinality(" + ProposalSeedText.WORDS + ")").query(Integer.class).single())
			.isEqualTo(ProposalSeedText.WORD_COUNT);
	}

	private List<String> sqlGrams(String text) {
		String[] grams = jdbc.sql("select " + ProposalSeedText.grams(":t")).param("t", text)
			.query((rs, n) -> (String[]) rs.getArray(1).getArray()).single();
		return Arrays.asList(grams);
	}

	@SuppressWarnings("unchecked")
	private static List<String> indexGrams(String text) throws Exception {
		Method ofText = Class.forName("org.tongxin.proposals.search.Grams").getDeclaredMethod("ofText", String.class);
		ofText.setAccessible(true);
		return new ArrayList<>((Set<String>) ofText.invoke(null, text));
	}

}
