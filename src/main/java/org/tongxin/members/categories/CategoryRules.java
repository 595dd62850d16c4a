package org.tongxin.members.categories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongxin.members.MemberCategories;
import org.tongxin.shared.vocabulary.TermRules;
import org.tongxin.shared.web.FieldProblems;

/**
 * Checks a member category and reports every bad field at once, without Spring: code, names and
 * place by the shared {@link TermRules}; synonyms each at most {@link #SYNONYM_MAX} characters, at
 * most {@link #SYNONYMS_MAX} of them. Whether a name or synonym is another category's is checked
 * against the vocabulary by {@link MemberCategoryAdministration}.
 */
final class CategoryRules {

	static final String PREFIX = "member.category";

	static final int SYNONYM_MAX = 50;

	static final int SYNONYMS_MAX = 30;

	/** Checked values; {@code synonyms} by their match key, null: unchanged. */
	record Checked(TermRules.Checked term, Map<String, String> synonyms) {
	}

	private CategoryRules() {
	}

	static Checked check(CategoryInput in, boolean withCode) {
		FieldProblems problems = new FieldProblems(PREFIX);
		TermRules.Checked term = TermRules.check(PREFIX, withCode, in.code(), in.nameZh(), in.nameEn(), in.sortOrder(),
				problems);
		Map<String, String> synonyms = in.synonyms() == null ? null : synonyms(in.synonyms(), problems);
		problems.done();
		return new Checked(term, synonyms);
	}

	/** The synonyms given, blank ones left out, each once by its match key. */
	private static Map<String, String> synonyms(List<String> given, FieldProblems problems) {
		Map<String, String> byKey = new LinkedHashMap<>();
		List<String> tooLong = new ArrayList<>();
		for (String typed : given) {
			String synonym = FieldProblems.text(typed);
			if (synonym == null || MemberCategories.key(synonym).isEmpty()) {
				continue;
			}
			if (synonym.codePointCount(0, synonym.length()) > SYNONYM_MAX) {
				tooLong.add(synonym);
				continue;
			}
			byKey.putIfAbsent(MemberCategories.key(synonym), synonym);
		}
		if (!tooLong.isEmpty()) {
			problems.add("synonyms", PREFIX + ".synonym.tooLong", SYNONYM_MAX);
		}
		if (byKey.size() > SYNONYMS_MAX) {
			problems.add("synonyms", PREFIX + ".synonym.tooMany", SYNONYMS_MAX);
		}
		return byKey;
	}

}
