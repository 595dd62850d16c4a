package org.tongxin.proposals.bench;

/**
 * The word lists and the SQL that writes bench titles and bodies, and the SQL that cuts a text into
 * the index's grams. Words are drawn one by one for every record, so bigrams inside words recur
 * (乡村, 振兴) and those across word boundaries vary (兴推, 进生): a query of one word finds many
 * records, one spanning two words finds few, as in real text.
 */
final class ProposalSeedText {

	private ProposalSeedText() {
	}

	/** Nouns and verbs of proposals and reports (2–4 characters). */
	static final String WORDS = """
			array['乡村振兴', '产业', '发展', '推进', '加强', '完善', '建设', '农村', '道路', '交通', '教育', '医疗',
			  '养老', '服务', '社区', '治理', '生态', '环境', '保护', '河道', '污水', '垃圾', '分类', '旅游',
			  '文化', '古镇', '盐业', '遗产', '茶叶', '竹编', '企业', '民营经济', '营商环境', '融资', '人才',
			  '引进', '就业', '创业', '青年', '妇女', '儿童', '老人', '残疾人', '住房', '保障', '安全', '生产',
			  '食品', '药品', '监管', '应急', '防汛', '地质灾害', '饮水', '电力', '通信', '网络', '数字化',
			  '智慧城市', '停车', '公交', '物业', '小区', '改造', '棚户区', '土地', '流转', '合作社', '电商',
			  '品牌', '园区', '化工', '转型', '升级', '科技', '创新', '统战', '民主党派', '协商', '监督', '建言',
			  '调研', '落实', '机制', '政策', '资金', '补贴', '考核', '基层', '网格', '志愿者', '五通桥', '竹根',
			  '牛华', '岷江', '桥梁', '学校', '幼儿园', '卫生院', '体育', '公园', '绿化', '空气', '噪声']""";

	/** How many words {@link #WORDS} holds. */
	static final int WORD_COUNT = 104;

	/** A title: three or four words and an ending; {@code g.i} must be the row of generate_series. */
	static final String TITLE = """
			(array_to_string(array(select (%1$s)[1 + floor(random() * %2$d)::int] from generate_series(1, 3 + (g.i %% 2))), '')
			  || (array['的建议', '的提案', '问题亟待解决', '的对策', '情况的报告'])[1 + floor(random() * 5)::int])"""
		.formatted(WORDS, WORD_COUNT);

	/** A body: two or three sentences of four to six words, with a number now and then. */
	static final String BODY = """
			(array_to_string(array(select array_to_string(array(select (%1$s)[1 + floor(random() * %2$d)::int]
			    from generate_series(1, 4 + ((g.i + s) %% 3))), '')
			    || case when random() < 0.2 then (2016 + floor(random() * 10)::int)::text || '年' else '' end
			  from generate_series(1, 2 + (g.i %% 2)) s), '，') || '。')"""
		.formatted(WORDS, WORD_COUNT);

	/**
	 * The grams of {@code %s} (an SQL text expression), as {@code Grams.ofText} cuts them for the
	 * alphabet the bench writes: the database function proposals_search_grams (V29). Checked against
	 * Grams.ofText by ProposalSeedGramsTests.
	 */
	static String grams(String text) {
		return "proposals_search_grams(%s)".formatted(text);
	}

}
