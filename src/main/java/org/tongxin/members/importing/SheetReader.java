package org.tongxin.members.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the first sheet of a workbook row by row (fastexcel's reader: the sheet is never held
 * whole in memory). The first non-blank row is the header; blank rows are skipped but counted,
 * so a sheet padded with a million empty rows is refused quickly instead of read to the end.
 */
final class SheetReader {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SheetReader.class);

	static final int MAX_DATA_ROWS = 100_000;

	static final int MAX_SHEET_ROWS = 150_000;

	private SheetReader() {
	}

	/** Reads the header, then hands each non-blank row over; refuses the file for a wrong header or too many rows. */
	static void read(byte[] file, HeaderNames headers, Consumer<SheetRow> rows) {
		XlsxGuard.check(file);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			Iterator<Row> it = stream.iterator();
			Map<Integer, ColumnTarget> columns = null;
			int physical = 0;
			int data = 0;
			while (it.hasNext()) {
				Row row = it.next();
				if (++physical > MAX_SHEET_ROWS || row.getRowNum() > MAX_SHEET_ROWS) {
					throw new ImportRefusal("member.import.file.tooManyRows", MAX_DATA_ROWS);
				}
				if (isBlank(row)) {
					continue;
				}
				if (columns == null) {
					columns = headers.columnsOf(texts(row));
					continue;
				}
				if (++data > MAX_DATA_ROWS) {
					throw new ImportRefusal("member.import.file.tooManyRows", MAX_DATA_ROWS);
				}
				rows.accept(values(row, columns));
			}
			if (columns == null) {
				throw new ImportRefusal("member.import.file.noHeader");
			}
		}
		catch (IOException | ExcelReaderException | UncheckedIOException ex) {
			LOG.debug("Unreadable workbook", ex);
			throw new ImportRefusal(ex, "member.import.file.damaged");
		}
	}

	/** The header row's texts and those of the first data rows, for the mapping step; nothing else is read. */
	static Peek peek(byte[] file, int dataRows) {
		XlsxGuard.check(file);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			Iterator<Row> it = stream.iterator();
			List<String> header = null;
			List<List<String>> rows = new ArrayList<>();
			int physical = 0;
			while (it.hasNext() && (header == null || rows.size() < dataRows) && ++physical <= MAX_SHEET_ROWS) {
				Row row = it.next();
				if (isBlank(row)) {
					continue;
				}
				if (header == null) {
					header = texts(row);
				}
				else {
					rows.add(texts(row));
				}
			}
			if (header == null) {
				throw new ImportRefusal("member.import.file.noHeader");
			}
			return new Peek(header, rows);
		}
		catch (IOException | ExcelReaderException | UncheckedIOException ex) {
			LOG.debug("Unreadable workbook", ex);
			throw new ImportRefusal(ex, "member.import.file.damaged");
		}
	}

	/** The header row and the first data rows as text. */
	record Peek(List<String> header, List<List<String>> rows) {

		String cell(int row, int column) {
			List<String> cells = rows.get(row);
			return column < cells.size() ? cells.get(column) : "";
		}

	}

	private static boolean isBlank(Row row) {
		for (Cell cell : row) {
			if (cell != null && cell.getType() != CellType.EMPTY && cell.getRawValue() != null
					&& !cell.getRawValue().isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < row.getCellCount(); c++) {
			Cell cell = row.getCell(c);
			texts.add(cell == null || cell.getType() == CellType.EMPTY ? "" : cell.getText());
		}
		return texts;
	}

	private static SheetRow values(Row row, Map<Integer, ColumnTarget> columns) {
		EnumMap<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
		List<RowProblem> problems = new ArrayList<>();
		for (Map.Entry<Integer, ColumnTarget> e : columns.entrySet()) {
			Cell cell = e.getKey() < row.getCellCount() ? row.getCell(e.getKey()) : null;
			ColumnTarget target = e.getValue();
			if (cell == null || cell.getType() == CellType.EMPTY || target.ignored()) {
				continue;
			}
			ImportColumn column = target.columns().get(0);
			String text = text(cell, column, row.getRowNum(), problems);
			if (text == null || text.isBlank()) {
				continue;
			}
			if (target == ColumnTarget.WORK_UNIT_AND_POST) {
				String[] parts = ColumnTarget.splitWorkUnitAndPost(text);
				values.put(ImportColumn.WORK_UNIT, parts[0]);
				if (parts[1] != null) {
					values.put(ImportColumn.POST, parts[1]);
				}
			}
			else {
				values.put(column, text.strip());
			}
		}
		return new SheetRow(row.getRowNum(), values, problems);
	}

	private static String text(Cell cell, ImportColumn column, int rowNumber, List<RowProblem> problems) {
		return switch (cell.getType()) {
			case FORMULA -> {
				problems.add(new RowProblem(rowNumber, column, "member.import.cell.formula"));
				yield null;
			}
			case ERROR -> {
				problems.add(new RowProblem(rowNumber, column, "member.import.cell.error"));
				yield null;
			}
			case NUMBER -> number(cell, column, rowNumber, problems);
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			default -> cell.getText();
		};
	}

	/**
	 * Numbers: in the birth-date column an Excel date serial; in the ID-number column Excel keeps
	 * only 15 significant digits, so an 18-digit number typed as a number has already lost its end
	 * and is refused with advice to format the column as text.
	 */
	private static String number(Cell cell, ImportColumn column, int rowNumber, List<RowProblem> problems) {
		BigDecimal value = cell.asNumber();
		if (column == ImportColumn.BIRTH_DATE) {
			return cell.asDate().toLocalDate().toString();
		}
		if (column == ImportColumn.ID_NUMBER && value.precision() - value.scale() > 15) {
			problems.add(new RowProblem(rowNumber, column, "member.import.idNumber.numeric"));
			return null;
		}
		return value.stripTrailingZeros().toPlainString();
	}

}
