package org.tongxin.org.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tongxin.org.ImportProblem;

/**
 * Reads a division file ({@code code,name,level,parent_code}) strictly: UTF-8 or refused (with a
 * hint when it is GBK, as Excel on Chinese Windows saves by default), a UTF-8 BOM allowed,
 * anything binary refused, size and row limits before the work starts. Quoted fields as in RFC 4180,
 * but a record stays on one line: no division name contains a line break.
 */
final class DivisionCsv {

	static final List<String> HEADER = List.of("code", "name", "level", "parent_code");

	private DivisionCsv() {
	}

	record Parsed(List<DivisionRow> rows, List<ImportProblem> problems) {

		static Parsed refused(ImportProblem problem) {
			return new Parsed(List.of(), List.of(problem));
		}

	}

	static Parsed read(byte[] bytes, long maxBytes, int maxRows) {
		if (bytes.length > maxBytes) {
			return Parsed.refused(ImportProblem.ofFile("division.import.tooLarge", maxBytes / (1024 * 1024) + " MB"));
		}
		String text;
		try {
			text = decode(bytes);
		}
		catch (CharacterCodingException ex) {
			return Parsed.refused(ImportProblem.ofFile(looksLikeGbk(bytes) ? "division.import.gbk" : "division.import.binary"));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			return Parsed.refused(ImportProblem.ofFile("division.import.empty"));
		}
		if (hasControlCharacters(text)) {
			return Parsed.refused(ImportProblem.ofFile("division.import.binary"));
		}
		return rows(text.split("\r\n|\n|\r", -1), maxRows);
	}

	private static Parsed rows(String[] lines, int maxRows) {
		List<ImportProblem> problems = new ArrayList<>();
		List<String> header = fields(lines[0]).stream().map(f -> f.strip().toLowerCase()).toList();
		if (!header.equals(HEADER)) {
			return Parsed.refused(new ImportProblem(1, null, clip(lines[0]), "division.import.header", String.join(",", HEADER)));
		}
		List<DivisionRow> rows = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			List<String> fields = fields(lines[i]);
			if (fields.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (rows.size() + problems.size() >= maxRows) {
				return Parsed.refused(ImportProblem.ofFile("division.import.tooManyRows", maxRows));
			}
			Optional<DivisionRow> row = row(i + 1, lines[i], fields);
			if (row.isPresent()) {
				rows.add(row.get());
			}
			else {
				problems.add(new ImportProblem(i + 1, null, clip(lines[i]), "division.import.columns", fields.size()));
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			return Parsed.refused(ImportProblem.ofFile("division.import.noRows"));
		}
		return new Parsed(rows, problems);
	}

	private static Optional<DivisionRow> row(int line, String raw, List<String> fields) {
		// spreadsheets sometimes add empty trailing columns; anything else in them is an error
		boolean extraEmpty = fields.stream().skip(HEADER.size()).allMatch(String::isBlank);
		if (fields.size() < HEADER.size() || !extraEmpty || raw.chars().filter(c -> c == '"').count() % 2 != 0) {
			return Optional.empty();
		}
		return Optional.of(new DivisionRow(line, fields.get(0).strip(), fields.get(1).strip(),
				fields.get(2).strip().toUpperCase(), fields.get(3).strip()));
	}

	/** Splits one line into fields; "" inside quotes is a quote. */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
	}

	private static boolean looksLikeGbk(byte[] bytes) {
		try {
			String text = strict(Charset.forName("GBK")).decode(ByteBuffer.wrap(bytes)).toString();
			return !hasControlCharacters(text);
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static String clip(String value) {
		return value.length() <= 120 ? value : value.substring(0, 120) + "…";
	}

	private static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
	}

}
