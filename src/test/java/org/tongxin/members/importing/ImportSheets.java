package org.tongxin.members.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tongxin.shared.person.ChineseIdNumber;

/** Workbooks for import tests, written with the same library users' files are read with. */
final class ImportSheets {

	static final List<String> HEADERS = List.of("姓名", "性别", "出生日期", "民族", "身份证号", "联系电话", "所属单位", "类别", "政治面貌",
			"宗教信仰", "学历", "工作单位", "职务", "专长", "荣誉", "备注");

	/** A cell holding a formula. */
	record Formula(String expression) {
	}

	/** Per test run: ID numbers of a region no other test uses, so runs against one shared database do not collide. */
	private static final int SALT = ThreadLocalRandom.current().nextInt(500);

	private ImportSheets() {
	}

	/**
	 * A distinct valid ID number for each i (per run, up to 7.5 million): the birth date cycles
	 * over 15,000 days, the sequence moves by two per cycle (its last digit is the sex).
	 */
	static ChineseIdNumber idNumber(int i) {
		return idNumber("320102", i);
	}

	/** The same in a region of the caller's: a test registering many people keeps them out of the other tests' numbers. */
	static ChineseIdNumber idNumber(String region, int i) {
		return ChineseIdNumber.generate(region, LocalDate.of(1950, 1, 1).plusDays(i % 15000), (2 * (SALT + i / 15000)) % 1000,
				i % 2 == 0);
	}

	static byte[] workbook(List<String> headers, List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Test", "1.0");
			Worksheet sheet = workbook.newWorksheet("统战对象");
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object v = row.get(c);
					if (v instanceof Formula f) {
						sheet.formula(r + 1, c, f.expression());
					}
					else if (v instanceof Number n) {
						sheet.value(r + 1, c, n);
					}
					else if (v instanceof LocalDate d) {
						sheet.value(r + 1, c, d);
						sheet.style(r + 1, c).format("yyyy-MM-dd").set();
					}
					else if (v != null) {
						sheet.value(r + 1, c, v.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** A row in template order: name, unit and ID number; the rest empty unless given. */
	static List<Object> row(String name, String unit, String idNumber, String phone, String categories) {
		Object[] cells = new Object[HEADERS.size()];
		cells[0] = name;
		cells[4] = idNumber;
		cells[5] = phone;
		cells[6] = unit;
		cells[7] = categories;
		return java.util.Arrays.asList(cells);
	}

	/** The same workbook with its sheet replaced by XML of the given body (rows); for files no spreadsheet program would write. */
	static byte[] withSheetXml(byte[] xlsx, String sheetData) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (org.apache.commons.compress.archivers.zip.ZipFile in = org.apache.commons.compress.archivers.zip.ZipFile.builder()
			.setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(xlsx))
			.get(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var e : java.util.Collections.list(in.getEntries())) {
				zip.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals("xl/worksheets/sheet1.xml")) {
					zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
						.getBytes());
					zip.write(sheetData.getBytes(java.nio.charset.StandardCharsets.UTF_8));
					zip.write("</sheetData></worksheet>".getBytes());
				}
				else {
					in.getInputStream(e).transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** A zip whose one entry inflates to {@code bytes} of zeros (a few hundred kilobytes packed). */
	static byte[] zipBomb(long bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (long written = 0; written < bytes; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static BigDecimal number(String digits) {
		return new BigDecimal(digits);
	}

}
