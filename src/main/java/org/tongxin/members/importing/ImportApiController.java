package org.tongxin.members.importing;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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
			List<IdentityCheck> checks) {
	}

	record ProblemJson(int row, String column, String columnLabel, String code, String message) {
	}

	record ApplyRequest(String mode, List<Integer> confirmRows) {
	}

	@Operation(summary = "Upload an xlsx for a preview", description = """
			MEMBER_IMPORT and MEMBER_MANAGE. Multipart field `file`: an .xlsx of at most 20 MB and 100,000 rows
			(blank rows included). Nothing is imported yet: 201 with the preview — rows, new people (`fresh`),
			people already registered (`existing`) and how many each mode would change, bad rows with column and
			reason (50 a page). Every row is checked by the registry's rules; people are matched by ID number,
			else name and birth date, else name and unit, in the registry and within the file.

			A file refused as a whole is 400 naming `file` with the reason: not xlsx, old .xls, damaged, more than
			256 MB unpacked, too many rows, unknown, repeated or missing headers. The file is kept encrypted
			until it is applied or discarded, visible to its uploader only; a staged import not applied within
			7 days is discarded.
			""")
	@PostMapping
	ResponseEntity<PreviewJson> upload(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file,
			Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new Rejection("file", "member.import.file.empty");
		}
		long id = imports.stage(actor, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/members/imports/" + id)).body(json(imports.preview(actor, id, 0), locale));
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
				r.confirmed(), r.createdAt(), r.finishedAt(), preview.page(), preview.more(), problems, preview.checks());
	}

}
