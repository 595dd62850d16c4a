package org.tongxin.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tongxin.org.ImportProblem;

class DivisionCsvTests {

	private static final String HEADER = "code,name,level,parent_code\n";

	private static DivisionCsv.Parsed read(byte[] bytes) {
		return DivisionCsv.read(bytes, 20L * 1024 * 1024, 1000);
	}

	private static DivisionCsv.Parsed read(String text) {
		return read(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsRowsWithTheirLineNumbers() {
		DivisionCsv.Parsed parsed = read(HEADER + "51,四川省,PROVINCE,\n5111,乐山市,CITY,51\n");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).containsExactly(new DivisionRow(2, "51", "四川省", "PROVINCE", ""),
				new DivisionRow(3, "5111", "乐山市", "CITY", "51"));
	}

	@Test
	void acceptsAUtf8ByteOrderMarkAndWindowsLineEnds() {
		DivisionCsv.Parsed parsed = read("\uFEFFcode,name,level,parent_code\r\n51,四川省,PROVINCE,\r\n");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).hasSize(1);
	}

	@Test
	void refusesGbkBytesWithAHintToSaveAsUtf8() {
		byte[] gbk = (HEADER + "51,四川省,PROVINCE,\n").getBytes(Charset.forName("GBK"));
		assertThat(codes(read(gbk))).containsExactly("division.import.gbk");
	}

	@Test
	void refusesJunkBinary() {
		byte[] junk = new byte[4096];
		new Random(42).nextBytes(junk);
		assertThat(codes(read(junk))).containsExactly("division.import.binary");
	}

	@Test
	void refusesUtf8TextWithControlCharacters() {
		assertThat(codes(read(HEADER + "51,四\u0001川,PROVINCE,\n"))).containsExactly("division.import.binary");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(codes(read(new byte[0]))).containsExactly("division.import.empty");
		assertThat(codes(read("\uFEFF  \n"))).containsExactly("division.import.empty");
	}

	@Test
	void refusesAFileWithOnlyAHeader() {
		assertThat(codes(read(HEADER))).containsExactly("division.import.noRows");
	}

	@Test
	void refusesAWrongHeader() {
		DivisionCsv.Parsed parsed = read("代码,名称,级别,上级\n51,四川省,PROVINCE,\n");
		assertThat(codes(parsed)).containsExactly("division.import.header");
		assertThat(parsed.problems().get(0).row()).isEqualTo(1);
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 0; i < 1001; i++) {
			text.append("51").append(i).append(",x,PROVINCE,\n");
		}
		assertThat(codes(read(text.toString()))).containsExactly("division.import.tooManyRows");
	}

	@Test
	void refusesAFileAboveTheSizeLimit() {
		assertThat(codes(DivisionCsv.read(new byte[101], 100, 10))).containsExactly("division.import.tooLarge");
	}

	@Test
	void reportsLinesWithTheWrongNumberOfColumns() {
		DivisionCsv.Parsed parsed = read(HEADER + "51,四川省\n5111,乐山市,CITY,51\n");
		assertThat(parsed.problems()).extracting(ImportProblem::row, ImportProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "division.import.columns"));
		assertThat(parsed.rows()).hasSize(1);
	}

	@Test
	void readsQuotedFieldsWithCommasAndQuotes() {
		assertThat(DivisionCsv.fields("1,\"a, \"\"b\"\"\",X,")).containsExactly("1", "a, \"b\"", "X", "");
	}

	@Test
	void skipsBlankLinesAndToleratesEmptyTrailingColumns() {
		DivisionCsv.Parsed parsed = read(HEADER + "\n51,四川省,PROVINCE,,,\n,,,\n");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).extracting(DivisionRow::line).containsExactly(3);
	}

	private static java.util.List<String> codes(DivisionCsv.Parsed parsed) {
		return parsed.problems().stream().map(ImportProblem::code).toList();
	}

}
