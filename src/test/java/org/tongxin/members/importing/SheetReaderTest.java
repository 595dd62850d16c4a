package org.tongxin.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongxin.members.importing.ImportSheets.HEADERS;
import static org.tongxin.members.importing.ImportSheets.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reading sheets without Spring: headers, cell conversions and whole-file refusals. */
class SheetReaderTest {

	private final HeaderNames headers = new HeaderNames(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/members", "i18n/member-excel", "i18n/member-import");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private List<SheetRow> read(byte[] file) {
		List<SheetRow> rows = new ArrayList<>();
		SheetReader.read(file, headers, rows::add);
		return rows;
	}

	@Test
	void readsRowsWithTheirExcelNumbersAndConvertsCells() {
		List<Object> row = new ArrayList<>(ImportSheets.row("张三", "511112100003", null, null, "民主党派成员"));
		row.set(2, LocalDate.of(1975, 3, 8));
		row.set(5, ImportSheets.number("13800000001"));
		List<SheetRow> rows = read(workbook(HEADERS, List.of(row, ImportSheets.row("李四", "511112100003", null, null, null))));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).number()).isEqualTo(2);
		assertThat(rows.get(0).value(ImportColumn.BIRTH_DATE)).isEqualTo("1975-03-08");
		assertThat(rows.get(0).value(ImportColumn.PHONE)).isEqualTo("13800000001");
		assertThat(rows.get(0).value(ImportColumn.CATEGORIES)).isEqualTo("民主党派成员");
		assertThat(rows.get(1).number()).isEqualTo(3);
	}

	@Test
	void englishHeadersInAnyOrderAndTheExportsUpdateColumnAreAccepted() {
		List<SheetRow> rows = read(workbook(List.of("Unit", "Name", "更新时间"), List.of(List.of("511112100003", "Zhang", "2026-01-01"))));
		assertThat(rows.get(0).value(ImportColumn.NAME)).isEqualTo("Zhang");
		assertThat(rows.get(0).value(ImportColumn.UNIT)).isEqualTo("511112100003");
		assertThat(rows.get(0).values()).doesNotContainKey(ImportColumn.UPDATED_AT);
	}

	@Test
	void wrongHeadersRefuseTheFile() {
		assertThatThrownBy(() -> read(workbook(List.of("姓名", "所属单位", "工资"), List.of(List.of("a", "b", "c")))))
			.isInstanceOfSatisfying(ImportRefusal.class, r -> assertThat(r.code()).isEqualTo("member.import.header.unknown"));
		assertThatThrownBy(() -> read(workbook(List.of("姓名", "性别"), List.of(List.of("a", "男")))))
			.isInstanceOfSatisfying(ImportRefusal.class, r -> assertThat(r.code()).isEqualTo("member.import.header.missing"));
		assertThatThrownBy(() -> read(workbook(List.of("姓名", "姓名", "所属单位"), List.of())))
			.isInstanceOfSatisfying(ImportRefusal.class, r -> assertThat(r.code()).isEqualTo("member.import.header.repeated"));
	}

	@Test
	void synonymsAndIgnoredColumnsAndACombinedColumnAreRead() {
		HeaderNames older = headers.withSynonyms(java.util.Map.of("序号", "ignore", "手机号", "phone", "所在单位", "unit",
				"工作单位及职务", "workUnitAndPost", "姓名", "ignore"));
		List<SheetRow> rows = new ArrayList<>();
		SheetReader.read(workbook(List.of("序号", "姓 名", "手机号", "所在\n单位", "工作单位及职务"),
				List.of(List.of("1", "张三", "13800000001", "511112100003", "区人民医院 副院长"),
						List.of("2", "李四", "13800000002", "511112100003", "五通桥区某单位"))), older, rows::add);
		assertThat(rows.get(0).values()).containsEntry(ImportColumn.NAME, "张三").containsEntry(ImportColumn.PHONE, "13800000001")
			.containsEntry(ImportColumn.UNIT, "511112100003").containsEntry(ImportColumn.WORK_UNIT, "区人民医院")
			.containsEntry(ImportColumn.POST, "副院长").hasSize(5);
		assertThat(rows.get(1).values()).containsEntry(ImportColumn.WORK_UNIT, "五通桥区某单位").doesNotContainKey(ImportColumn.POST);
	}

	@Test
	void aMappingWinsAndTheLayoutNamesWhatIsStillUnknown() {
		SheetLayout layout = headers.layout(List.of("序号", "姓名", "家庭住址", "单位名称"));
		assertThat(layout.unknownHeaders()).containsExactly("序号", "家庭住址", "单位名称");
		assertThat(layout.problem().code()).isEqualTo("member.import.header.unknown");
		SheetLayout mapped = headers.withMapping(java.util.Map.of("序号", ColumnTarget.IGNORE, "家庭住址", ColumnTarget.IGNORE,
				"单位名称", ColumnTarget.of(ImportColumn.UNIT))).layout(List.of("序号", "姓名", "家庭住址", "单位名称"));
		assertThat(mapped.problem()).isNull();
		assertThat(mapped.mapping()).containsEntry("单位名称", "unit").containsEntry("序号", "ignore").hasSize(4);
		assertThat(mapped.shape()).isEqualTo(layout.shape());
		SheetLayout twice = headers.withMapping(java.util.Map.of("单位名称", ColumnTarget.of(ImportColumn.NAME)))
			.layout(List.of("姓名", "单位名称"));
		assertThat(twice.problem().code()).isEqualTo("member.import.header.twice");
	}

	@Test
	void samplesHideLongNumbers() {
		assertThat(SampleText.of("51111219750308123X")).isEqualTo("511***************");
		assertThat(SampleText.of("13812345678")).isEqualTo("138********");
		assertThat(SampleText.of("张三")).isEqualTo("张三");
		assertThat(SampleText.of("这是一段很长很长很长很长很长很长的备注文字，超过二十个字")).endsWith("…").hasSize(21);
		assertThat(ColumnTarget.splitWorkUnitAndPost("区政协，副主席")).containsExactly("区政协", "副主席");
	}

}
