package org.tongxin.members.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A sheet in a department's older header style for the acceptance of issue 13: 序号 first, 手机号,
 * 所在单位, 统战对象类别, 身份证号码, 出生年月, 文化程度, a combined 工作单位及职务, and 家庭住址, a
 * column the registry does not keep and no synonym names, so that it goes through the mapping
 * step. A share of the rows is bad in the six ways of {@link GeneratedSheet}.
 */
final class OlderHeadersSheet {

	static final String UNMAPPED = "家庭住址";

	static final List<String> HEADERS = List.of("序号", "姓名", "性别", "出生年月", "民族", "身份证号码", "手机号", "所在单位", "统战对象类别",
			"文化程度", "工作单位及职务", "特长", "备注", UNMAPPED);

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥建国志文斌辉鹏宇浩然子涵欣怡雨梓轩思远嘉琪晨阳";

	private static final String[] VILLAGES = { "511112100001", "511112100002", "511112100003", "黄桷井社区", "511112100004" };

	/** Category names that exist today; the official twelve come with the category vocabulary. */
	/** The official kinds as the Regulations name them, alone and combined, and an old sheet's synonyms. */
	private static final String[] CATEGORIES = { "民主党派成员", "无党派人士", "党外知识分子", "少数民族人士", "宗教界人士",
			"非公有制经济人士", "新的社会阶层人士", "出国和归国留学人员", "香港同胞和澳门同胞", "台湾同胞及其在大陆的亲属",
			"华侨、归侨及侨眷", "其他需要联系和团结的人员", "民主党派成员、党外知识分子", "归侨侨眷", null };

	private static final String[] POSTS = { "区人民医院 副院长", "五通桥区第一中学，教师", "竹根镇某企业", "区工商联、会员" };

	/** A region no other import test uses: its 9,700 people never meet their ID numbers. */
	private static final String REGION = "320104";

	private OlderHeadersSheet() {
	}

	static GeneratedSheet of(int rows, double badShare, int firstIdIndex) {
		Random random = new Random(rows * 17L + firstIdIndex);
		List<List<Object>> sheet = new ArrayList<>(rows);
		List<String> bad = new ArrayList<>();
		List<String> good = new ArrayList<>();
		List<String> badIds = new ArrayList<>();
		int badPerHundred = (int) Math.round(badShare * 100);
		int kind = 0;
		for (int i = 0; i < rows; i++) {
			String id = ImportSheets.idNumber(REGION, firstIdIndex + i).value();
			String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
					+ GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
			List<Object> row = new ArrayList<>(Arrays.asList(String.valueOf(i + 1), name,
					(firstIdIndex + i) % 2 == 0 ? "男" : "女",
					id.substring(6, 10) + "." + id.substring(10, 12) + "." + id.substring(12, 14), "汉族", id,
					"13" + (100_000_000 + random.nextInt(900_000_000)), VILLAGES[i % VILLAGES.length],
					CATEGORIES[random.nextInt(CATEGORIES.length)], random.nextBoolean() ? "本科" : "大专", POSTS[i % POSTS.length],
					null, null, "五通桥区竹根镇" + (i % 50) + "号"));
			int excelRow = i + 2;
			if (i % 100 >= 100 - badPerHundred) {
				badIds.add(id);
				switch (kind++ % 6) {
					case 0 -> {
						row.set(5, id.substring(0, 17) + (id.endsWith("0") ? "1" : "0"));
						bad.add(excelRow + ":idNumber");
					}
					case 1 -> {
						row.set(6, "1234");
						bad.add(excelRow + ":phone");
					}
					case 2 -> {
						row.set(7, "不存在的村");
						bad.add(excelRow + ":unit");
					}
					case 3 -> {
						row.set(8, "外星人");
						bad.add(excelRow + ":categories");
					}
					case 4 -> {
						row.set(11, new ImportSheets.Formula("1+1"));
						bad.add(excelRow + ":expertise");
					}
					default -> {
						row.set(1, null);
						bad.add(excelRow + ":name");
					}
				}
			}
			else {
				good.add(id);
			}
			sheet.add(row);
		}
		return new GeneratedSheet(ImportSheets.workbook(HEADERS, sheet), bad, good, badIds);
	}

}
