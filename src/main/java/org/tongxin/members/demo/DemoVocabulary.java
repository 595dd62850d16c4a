package org.tongxin.members.demo;

import java.util.List;
import java.util.Random;

/**
 * Word lists behind {@link DemoPeople}: names, units and posts plausible for Wutongqiao District,
 * Leshan. Lists repeat entries to weight them, which keeps the picking code trivial.
 */
final class DemoVocabulary {

	static final List<String> SURNAMES = List.of("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 罗 高 林 曾 谢 唐 邓 冯 宋 袁 彭 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 单"
		.split(" "));

	// Sichuan's most common surnames again, so that they dominate as they do in the population.
	static final List<String> COMMON_SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "罗", "周", "曾");

	static final String MALE_GIVEN = "伟强军勇杰涛斌明华刚平辉鹏波超磊俊浩林建国志文力成东海峰宇龙兵云川德福良";

	static final String FEMALE_GIVEN = "芳娟敏静丽艳娜霞秀英慧玲婷雪梅琴兰燕红萍颖洁倩晓佳莉春桂琳蓉";

	static final List<String> YI_SURNAMES = List.of("吉克", "沙马", "阿苦", "马海", "曲比", "阿牛", "吉木", "海来");

	static final List<String> YI_MALE = List.of("石布", "尔古", "拉且", "木呷", "伍呷", "日火");

	static final List<String> YI_FEMALE = List.of("阿依", "阿果", "史惹", "阿芝", "伍各", "金花");

	static final List<String> TIBETAN_FIRST = List.of("扎西", "次仁", "格桑", "多吉", "央金", "德吉");

	static final List<String> TIBETAN_MALE = List.of("多吉", "旺堆", "平措", "才让", "顿珠");

	static final List<String> TIBETAN_FEMALE = List.of("卓玛", "拉姆", "梅朵", "央宗", "措姆");

	static final List<String> MINORITIES = List.of("彝族", "彝族", "彝族", "彝族", "彝族", "藏族", "藏族", "回族", "回族",
			"羌族");

	static final List<String> PARTIES = List.of("民盟", "民盟", "民进", "民进", "民建", "民建", "九三学社", "九三学社", "农工党",
			"民革", "致公党", "台盟");

	static final List<String> EDUCATED = List.of("大专", "大专", "本科", "本科", "本科", "本科", "本科", "本科", "硕士研究生",
			"硕士研究生", "硕士研究生", "博士研究生");

	static final List<String> ANY_EDUCATION = List.of("初中", "初中", "高中", "高中", "中专", "中专", "大专", "大专", "本科",
			"本科", "硕士研究生");

	static final List<String> FAITHS = List.of("佛教", "佛教", "佛教", "道教", "道教", "天主教", "基督教");

	static final List<String> COMPANY_WORDS = List.of("鑫盛", "宏达", "顺发", "嘉禾", "永兴", "桥城", "盐都", "金竹");

	static final List<String> TRADES = List.of("商贸", "建材", "食品", "物流", "茶业", "农业开发", "化工", "盐业");

	static final List<String> OWNER_POSTS = List.of("董事长", "总经理", "执行董事", "法定代表人");

	// {work unit, post}; the professions that make up the intellectuals and democratic parties.
	static final List<String[]> PROFESSIONALS = List.of(u("乐山市五通桥区人民医院", "主治医师"),
			u("乐山市五通桥区人民医院", "副主任医师"), u("乐山市五通桥区人民医院", "护士长"), u("五通桥区中医医院", "主任医师"),
			u("竹根镇卫生院", "医生"), u("五通桥区实验中学", "高级教师"), u("五通桥区实验中学", "教师"),
			u("五通桥区竹根小学", "教师"), u("五通桥区农业农村局", "农艺师"), u("五通桥区文化馆", "馆员"),
			u("乐山师范学院", "副教授"));

	static final List<String[]> NEW_CLASS = List.of(u("五通桥区律师事务所", "律师"), u("五通桥区律师事务所", "合伙人"),
			u("五通桥区会计师事务所", "注册会计师"), u("四川永祥股份有限公司", "工程师"), u("四川永祥股份有限公司", "技术部经理"),
			u("四川和邦生物科技股份有限公司", "项目经理"), u("自由职业", "网络主播"), u("自由职业", "设计师"),
			u("五通桥区社会组织服务中心", "社会工作者"));

	static final List<String> AWARDS = List.of("四川省劳动模范", "乐山市优秀民营企业家", "乐山市优秀教师", "五通桥区三八红旗手",
			"乐山市五一劳动奖章", "五通桥区优秀政协委员");

	// {work-unit fragment, expertise}: expertise follows the job; the last entry is for anyone.
	static final List<String[]> EXPERTISE = List.of(u("医院", "临床医学"), u("卫生院", "中医针灸"), u("律师", "法律咨询"),
			u("会计", "财务审计"), u("化工", "化工工艺"), u("永祥", "多晶硅生产工艺"), u("和邦", "精细化工"), u("茶业", "茶叶种植"),
			u("学", "书法"), u("", "电子商务"));

	private DemoVocabulary() {
	}

	static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	static String pick(Random random, String characters) {
		return String.valueOf(characters.charAt(random.nextInt(characters.length())));
	}

	private static String[] u(String unit, String post) {
		return new String[] { unit, post };
	}

}
