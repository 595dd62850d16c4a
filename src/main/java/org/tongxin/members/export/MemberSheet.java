package org.tongxin.members.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.internal.MemberView;
import org.tongxin.shared.person.IdentityMasking;
import org.tongxin.shared.web.CellText;

/**
 * The export workbook, written row by row as the query hands rows over and flushed every
 * {@link #FLUSH_EVERY} rows, so memory stays flat whatever the row count. Strings are written
 * inline rather than into the shared-string table, which would otherwise grow with every distinct
 * name and number. Every text cell goes through {@link CellText#safe}; dates are typed cells.
 */
final class MemberSheet implements MemberExportQuery.Sink {

	static final int FLUSH_EVERY = 1000;

	static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

	/** Header keys in column order (i18n/member-excel*.properties). */
	static final List<String> COLUMNS = List.of("name", "gender", "birthDate", "ethnicity", "idNumber", "phone", "unit",
			"categories", "politicalAffiliation", "religion", "education", "workUnit", "post", "expertise", "awards",
			"updatedAt");

	private final OutputStream out;

	private final MessageSource messages;

	private final Locale locale;

	private final MemberView view;

	private final boolean unmasked;

	private final MemberCategories categories;

	private Map<Long, String> unitNames = Map.of();

	private Workbook workbook;

	private Worksheet sheet;

	private int row;

	MemberSheet(OutputStream out, MessageSource messages, Locale locale, MemberView view, boolean unmasked,
			MemberCategories categories) {
		this.out = out;
		this.messages = messages;
		this.locale = locale;
		this.view = view;
		this.unmasked = unmasked;
		this.categories = categories;
	}

	@Override
	public void start(Map<Long, String> unitNames) {
		this.unitNames = unitNames;
		workbook = new Workbook(out, "Tongxin", "1.0");
		sheet = workbook.newWorksheet(message("member.excel.sheet"));
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(c, message("member.excel.column." + COLUMNS.get(c)));
			sheet.style(0, c).bold().set();
		}
		sheet.freezePane(0, 1);
		row = 1;
	}

	@Override
	public void row(ExportLine line) {
		MemberView.Shown sensitive = view.exported(line.sensitive(), unmasked);
		text(0, line.name());
		text(1, line.gender() == null ? null : message("member.gender." + line.gender()));
		if (unmasked) {
			date(2, line.birthDate());
		}
		else {
			// the year only, as in the list (IdentityMasking): a date beside the ID's mask rebuilds the number
			Integer year = IdentityMasking.birthYear(line.birthDate());
			text(2, year == null ? null : year.toString());
		}
		text(3, sensitive.ethnicity());
		text(4, sensitive.idNumber());
		text(5, sensitive.phone());
		text(6, unitNames.get(line.unitId()));
		text(7, categories.of(line.categories()).stream().map(c -> c.name(locale)).collect(Collectors.joining(message("member.excel.separator"))));
		text(8, sensitive.politicalAffiliation());
		text(9, sensitive.religion());
		text(10, line.education());
		text(11, line.workUnit());
		text(12, line.post());
		text(13, line.expertise());
		text(14, line.awards());
		sheet.value(row, 15, LocalDateTime.ofInstant(line.updatedAt(), OFFICE_ZONE));
		sheet.style(row, 15).format("yyyy-MM-dd HH:mm").set();
		row++;
		if (row % FLUSH_EVERY == 0) {
			io(sheet::flush);
		}
	}

	/** Rows of people written so far (the header not counted). */
	long rows() {
		return Math.max(row - 1, 0);
	}

	/** Completes the file; without rows (none matched) still a valid workbook with the header. */
	void finish() {
		if (workbook == null) {
			start(Map.of());
		}
		io(workbook::finish);
	}

	private void text(int column, String value) {
		if (value != null && !value.isEmpty()) {
			sheet.inlineString(row, column, CellText.safe(value));
		}
	}

	private void date(int column, LocalDate value) {
		if (value != null) {
			sheet.value(row, column, value);
			sheet.style(row, column).format("yyyy-MM-dd").set();
		}
	}

	private String message(String code) {
		return messages.getMessage(code, null, locale);
	}

	private interface IoAction {

		void run() throws IOException;

	}

	private static void io(IoAction action) {
		try {
			action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
