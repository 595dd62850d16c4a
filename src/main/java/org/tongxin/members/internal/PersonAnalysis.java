package org.tongxin.members.internal;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the person index: names per character (phrase queries, see
 * {@link NameCharacters}), running text such as the work unit by smartcn's word segmentation,
 * and keywords (pinyin, initials) lower-cased. Changing one of them needs a reindex: delete the
 * index directory and restart ({@link SearchIndexCheck} rebuilds it).
 */
public class PersonAnalysis implements LuceneAnalysisConfigurer {

	static final String NAME_CHARS = "name_chars";

	static final String TEXT = "chinese_text";

	static final String KEYWORD = "lower_keyword";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(NAME_CHARS).instance(new NameCharacters());
		context.analyzer(TEXT).instance(new SmartChineseAnalyzer());
		context.normalizer(KEYWORD).custom().tokenFilter(LowerCaseFilterFactory.class);
	}

}
