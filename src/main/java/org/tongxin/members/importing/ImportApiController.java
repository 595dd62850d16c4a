package org.tongxin.members.importing;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.XlsxDownload;

/** The import for scripts: upload (the preview comes back), read the preview, apply with a mode, discard. */
@RestController
@RequestMapping("/api/v1/members/imports")
@Requires(Privilege.MEMBER_IMPORT)
@Tag(name = "Member import", description = "Excel import of people in two steps: upload for a preview, then apply with a mode (MEMBER_IMPORT).")
class ImportApiController {

	private final MemberImports imports;

	private final MessageSource messages;

	ImportApiController(MemberImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** The preview as JSON: figures, and one page of bad rows with column and reason in the request's language. */
	record PreviewJson(long id, String fileName, String status, int total, int fresh, int existing, int changedByUpdate,
			int changedByFill, int bad, int toConfirm, String mode, Integer created, Integer updated, Integer confirmed,
			Instant createdAt, Instant finishedAt, int page, boolean more, List<ProblemJson> problems,
			List<IdentityCheck> checks, List<ColumnJson> columns) {
	}

	record ProblemJson(int row, String column, String columnLabel, String code, String message) {
	}

	record ApplyRequest(String mode, List<Integer> confirmRows) {
	}

	@Operation(summary = "Upload an xlsx for a preview", description = """
			MEMBER_IMPORT and MEMBER_MANAGE. Multipart field `file`: an .xlsx of at most 20 MB and 100,000 rows
			(blank rows included). Nothing is imported yet: 201 with the preview — rows, new people (`fresh`),
			people already registered (`existing`) and how many each mode would change, bad rows with column and
			reason (50 a page), and `columns`: each header of the sheet with the field it was read into. Every row
			is checked by the registry's rules; people are matched by ID number, else name and birth date, else
			name and unit, in the registry and within the file.

			Headers: the template's (Chinese or English, any order, required ones with or without the star), and
			the other names a department's sheets use, kept in a table (手机号/手机 for 联系电话, 所在单位 for
			所属单位, 统战对象类别 for 类别, 身份证号码/公民身份号码 for 身份证号, 出生年月 for 出生日期,
			文化程度 for 学历, 工作单位及职务 split into work unit and post at the first space or comma; 序号 and
			编号 are ignored). A sheet whose headers are still not all understood, that lacks a required field or
			gives one field in two columns is 400 naming `file` with the reason, and with `unknownHeaders` (the
			headers not understood), `columns` (each header, its column letter and the field it is read into now,
			null if none) and `fields` (each field's `key`, label and whether it is required).

			Optional field `mapping` (multipart field or query parameter): JSON `{"<header>":"<field key>|ignore"}`
			for some or all headers, e.g. `{"家庭住址":"ignore","人员身份":"categories"}`; it wins over the names
			above; `workUnitAndPost` splits a combined column. A mapping that names a header the sheet does not
			have, a field key that does not exist, is not a JSON object of texts, or leaves a header unmapped, a
			required field missing or a field in two columns is 400 naming `mapping`. A mapping that is used is
			remembered for the caller and the sheet's header row: the next upload headed the same way, without
			`mapping`, is read the same way. The mapping is kept with the staged import, so applying it reads the
			file as the preview did.

			A file refused as a whole is 400 naming `file` with the reason: not xlsx, old .xls, damaged, more than
			256 MB unpacked, too many rows, headers as above. The file is kept encrypted until it is applied or
			discarded, visible to its uploader only; a staged import not applied within 7 days is discarded.
			""")
	@PostMapping
	ResponseEntity<PreviewJson> upload(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String mapping, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new Rejection("file", "member.import.file.empty");
		}
		long id = imports.stage(actor, file.getOriginalFilename(), file.getBytes(), MappingJson.parse(mapping));
		return ResponseEntity.created(URI.create("/api/v1/members/imports/" + id)).body(json(imports.preview(actor, id, 0), locale));
	}

	/** Headers not understood: the reason as any refusal, with what a script needs to send a mapping. */
	@ExceptionHandler(MappingNeeded.class)
	ProblemDetail mappingNeeded(MappingNeeded needed, Locale locale) {
		Rejection.FieldProblem first = needed.problems().get(0);
		String message = messages.getMessage(first.code(), first.args(), first.code(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", List.of(Map.of("field", first.field(), "message", message)));
		problem.setProperty("unknownHeaders", needed.layout().unknownHeaders());
		problem.setProperty("columns", needed.layout().columns().stream()
			.map(c -> new ColumnJson(c.letter(), c.header(), c.target() == null ? null : c.target().key()))
			.toList());
		problem.setProperty("fields", MappingView.allChoices().stream()
			.map(c -> new FieldJson(c.key(), messages.getMessage(c.labelKey(), null, locale), c.required()))
			.toList());
		return problem;
	}

	record ColumnJson(String column, String header, String field) {
	}

	record FieldJson(String key, String label, boolean required) {
	}

	@Operation(summary = "A staged or finished import of the caller", description = """
			MEMBER_IMPORT. Figures and bad rows, 50 a page (`page` from 0), in the request's language. Another
			user's import is a 404.
			""")
	@GetMapping("/{id}")
	PreviewJson preview(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			Locale locale) {
		return json(imports.preview(actor, id, page), locale);
	}

	@Operation(summary = "Apply a staged import", description = """
			MEMBER_IMPORT. Body: `mode` — SKIP (registered people unchanged), UPDATE (their values replaced by
			the row's non-empty cells) or FILL_EMPTY (only their empty fields filled). The same file is read
			again and applied in one transaction, only if the result is still the preview's: 400 when the
			registry changed since (upload again for a new preview), or when the import is no longer staged.
			Importing the same file twice changes nothing. Changes are in each person's history (source IMPORT).

			A row whose ID number is registered to somebody of another name (`checks` in the preview: the row's
			name and the registered one) is left out unless its number is in `confirmRows`: the number may be
			mistyped, and applying it would change that other person. A confirmed row is applied like any
			registered person's row in the chosen mode (UPDATE then also takes the row's name). A number in
			`confirmRows` that is not such a row is 400 naming `confirmRows`.

			409 when the import is no longer staged, or when the same file gives other figures now than in the
			preview (the registry changed since, e.g. another copy of the sheet was applied first): upload again
			for a new preview. Two confirmations run one after the other, never at once.
			""")
	@PostMapping("/{id}/apply")
	PreviewJson apply(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody(required = false) ApplyRequest body,
			Locale locale) {
		imports.apply(actor, id, ImportMode.parse(body == null ? null : body.mode()),
				ConfirmedRows.of(body == null ? null : body.confirmRows()));
		return json(imports.preview(actor, id, 0), locale);
	}

	@Operation(summary = "Discard a staged import", description = """
			MEMBER_IMPORT. 204; the uploaded file is deleted.
			""")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> discard(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		imports.discard(actor, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The bad rows as xlsx", description = """
			MEMBER_IMPORT. The bad rows of a staged import with a column saying what is wrong, to correct and upload again.
			""")
	@GetMapping("/{id}/errors.xlsx")
	void errors(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response)
			throws IOException {
		ErrorSheet.Source source = imports.errorSource(actor, id);
		ErrorSheet.write(source, XlsxDownload.open(response, "member-import-errors-" + id, "member-import-errors-" + id), messages,
				locale);
	}

	@Operation(summary = "The import template", description = """
			MEMBER_IMPORT. Headers in the request's language (required ones starred), ID-number and phone columns
			formatted as text, the rules and accepted values on a second sheet.
			""")
	@GetMapping("/template.xlsx")
	void template(Locale locale, HttpServletResponse response) throws IOException {
		imports.template(XlsxDownload.open(response, "member-import-template",
				messages.getMessage("member.import.template.fileName", null, locale)), locale);
	}

	private PreviewJson json(ImportPreview preview, Locale locale) {
		ImportRecord r = preview.record();
		ImportCounts c = r.counts();
		List<ProblemJson> problems = preview.problems()
			.stream()
			.map(p -> new ProblemJson(p.row(), p.column().key(), ProblemText.column(p.column(), messages, locale), p.code(),
					ProblemText.reason(p, messages, locale)))
			.toList();
		return new PreviewJson(r.id(), r.fileName(), r.status().name(), c.total(), c.fresh(), c.existing(), c.changedByUpdate(),
				c.changedByFill(), c.bad(), c.toConfirm(), r.mode() == null ? null : r.mode().name(), r.created(), r.updated(),
				r.confirmed(), r.createdAt(), r.finishedAt(), preview.page(), preview.more(), problems, preview.checks(),
				preview.columns().stream().map(m -> new ColumnJson(null, m.header(), m.key())).toList());
	}

}
