package org.tongxin.org.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.org.DivisionImport;
import org.tongxin.org.ImportProblem;
import org.tongxin.org.ImportReport;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * Division import for scripts: multipart {@code file} or the CSV as the request body. A refused
 * file answers 400 problem+json with one entry in {@code errors} per problem ({@code field} is
 * {@code rows[<line>].<column>}, or {@code file}); nothing was written.
 */
@RestController
@Tag(name = "Divisions", description = "Import of administrative divisions (DIVISION_IMPORT, data scope ALL).")
class DivisionImportApiController {

	private final DivisionImport divisionImport;

	DivisionImportApiController(DivisionImport divisionImport) {
		this.divisionImport = divisionImport;
	}

	/** Counts of an accepted import. */
	public record Result(int rows, int created, int updated, int unchanged) {
	}

	@PostMapping(path = "/api/v1/divisions/import", consumes = "multipart/form-data")
	@Operation(summary = "Import a division CSV as multipart `file`", description = """
			DIVISION_IMPORT with data scope ALL. The file: UTF-8, header `code,name,level,parent_code`; `level`
			PROVINCE (2-digit code), CITY (4), COUNTY (6), TOWNSHIP (9) or VILLAGE (12); `parent_code` in the
			file or already in the network, empty for a province; ≤ 20 MB and 200,000 rows. Units are created or
			updated by code; importing the same file again changes nothing. Answer: rows, created, updated,
			unchanged.

			A file with any problem writes nothing: 400 problem+json with one entry in `errors` per problem,
			`field` being `rows[<line>].<column>` or `file` (GBK encoding, binary, wrong header, too many rows).
			""")
	Result upload(@AuthenticationPrincipal Actor actor, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new Rejection("file", "division.import.empty");
		}
		return answer(divisionImport.importFile(actor, file.getBytes()));
	}

	@PostMapping(path = "/api/v1/divisions/import", consumes = "text/csv")
	@Operation(summary = "Import a division CSV sent as the request body (text/csv)", description = """
			As the multipart form: the same rules and answers.
			""")
	Result body(@AuthenticationPrincipal Actor actor, HttpServletRequest request) throws IOException {
		return answer(divisionImport.importFile(actor, readLimited(request)));
	}

	/** The multipart limit does not cover plain bodies: stop reading one byte past the limit. */
	private static byte[] readLimited(HttpServletRequest request) throws IOException {
		long max = DivisionImport.maxBytes();
		if (request.getContentLengthLong() > max) {
			throw new MaxUploadSizeExceededException(max);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes((int) max + 1);
			if (bytes.length > max) {
				throw new MaxUploadSizeExceededException(max);
			}
			return bytes;
		}
	}

	private static Result answer(ImportReport report) {
		if (!report.accepted()) {
			throw new Rejection(report.problems().stream().map(DivisionImportApiController::problem).toList());
		}
		return new Result(report.rows(), report.created(), report.updated(), report.unchanged());
	}

	private static Rejection.FieldProblem problem(ImportProblem p) {
		if (p.row() == 0) {
			return new Rejection.FieldProblem("file", p.code(), p.args());
		}
		String column = p.column() == null ? "line" : p.column();
		return new Rejection.FieldProblem("rows[" + p.row() + "]." + column, "division.problem", p.row(), column,
				p.value() == null ? "" : p.value(), new DefaultMessageSourceResolvable(new String[] { p.code() }, p.args()));
	}

}
