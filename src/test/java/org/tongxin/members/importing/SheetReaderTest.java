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

}
