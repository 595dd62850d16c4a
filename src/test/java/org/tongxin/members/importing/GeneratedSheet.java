package org.tongxin.members.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A sheet of plausible people for the import's acceptance test and benchmark: names, villages of
 * 竹根镇 (by code and by name), valid ID numbers, phones, categories; a share of the rows bad in
 * one of six ways (ID checksum, phone, unknown unit, unknown category, formula, missing name).
 */
record GeneratedSheet(byte[] xlsx, List<String> badRowsAndColumns, List<String> goodIdNumbers, List<String> badIdNumbers) {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥建国志文斌辉鹏宇浩然子涵欣怡雨梓轩思远嘉琪晨阳";

	private static final String[] VILLAGES = { "511112100001", "511112100002", "511112100003", "黄桷井社区", "511112100004" };

	private static final String[] CATEGORIES = { "民主党派成员", "党外知识分子", "非公有制经济人士、新的社会阶层人士", "其他", null };

	static GeneratedSheet of(int rows, double badShare, int firstIdIndex) {
		Random random = new Random(rows * 31L + firstIdIndex);
		List<List<Object>> sheet = new ArrayList<>(rows);
		List<String> bad = new ArrayList<>();
		List<String> good = new ArrayList<>();
		List<String> badIds = new ArrayList<>();
		int badPerHundred = (int) Math.round(badShare * 100);
		int kind = 0;
		for (int i = 0; i < rows; i++) {
			String id = ImportSheets.idNumber(firstIdIndex + i).value();
			String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
					+ GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
			String phone = "13" + (100_000_000 + random.nextInt(900_000_000));
			List<Object> row = new ArrayList<>(ImportSheets.row(name, VILLAGES[i % VILLAGES.length], id, phone,
					CATEGORIES[random.nextInt(CATEGORIES.length)]));
			row.set(11, "五通桥区某单位" + (i % 97));
			int excelRow = i + 2;
			if (i % 100 >= 100 - badPerHundred) {
				badIds.add(id);
				switch (kind++ % 6) {
					case 0 -> {
						row.set(4, id.substring(0, 17) + (id.endsWith("0") ? "1" : "0"));
						bad.add(excelRow + ":idNumber");
					}
					case 1 -> {
						row.set(5, "1234");
						bad.add(excelRow + ":phone");
					}
					case 2 -> {
						row.set(6, "不存在的村");
						bad.add(excelRow + ":unit");
					}
					case 3 -> {
						row.set(7, "外星人");
						bad.add(excelRow + ":categories");
					}
					case 4 -> {
						row.set(13, new ImportSheets.Formula("1+1"));
						bad.add(excelRow + ":expertise");
					}
					default -> {
						row.set(0, null);
						bad.add(excelRow + ":name");
					}
				}
			}
			else {
				good.add(id);
			}
			sheet.add(row);
		}
		return new GeneratedSheet(ImportSheets.workbook(ImportSheets.HEADERS, sheet), bad, good, badIds);
	}

}
