package org.tongxin.members.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.internal.MemberBatch;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.Units;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.domain.Conflict;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.files.StoredFiles;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Excel import of people in two steps. Upload: the file is checked, read and analysed, and kept
 * encrypted with the figures and the bad rows; nothing enters the registry. Confirmation (by the
 * same user, choosing what to do with people already registered): the same file is analysed
 * again and applied in one transaction, only if the figures are still those of the preview (the
 * registry may have changed meanwhile). An import belongs to its uploader; anyone else gets 404.
 * A row whose ID number is registered to somebody of another name is applied only if the
 * uploader confirms that row: the number may be mistyped.
 */
@Service
public class MemberImports {

	static final String FILE_PURPOSE = "members_import.file";

	static final int PROBLEMS_PER_PAGE = 50;

	/** Rows awaiting confirmation shown (and confirmable) on the page; more means the sheet needs correcting. */
	public static final int CHECKS_SHOWN = 200;

	private final ImportStore store;

	private final MemberBatch batch;

	private final Units units;

	private final UnitAccess access;

	private final FieldCipher cipher;

	private final AuditLog auditLog;

	private final Clock clock;

	private final HeaderNames headers;

	private final RowDrafts drafts;

	private final MessageSource messages;

	private final MemberCategories categories;

	MemberImports(ImportStore store, MemberBatch batch, Units units, UnitAccess access, FieldCipher cipher,
			AuditLog auditLog, Clock clock, MessageSource messages, MemberCategories categories) {
		this.messages = messages;
		this.categories = categories;
		this.store = store;
		this.batch = batch;
		this.units = units;
		this.access = access;
		this.cipher = cipher;
		this.auditLog = auditLog;
		this.clock = clock;
		this.headers = new HeaderNames(messages);
		this.drafts = new RowDrafts(messages, categories);
	}

	/** Writes the import template, listing the categories offered now in the reader's language. */
	public void template(OutputStream out, Locale locale) throws IOException {
		TemplateSheet.write(out, messages, categories.active().stream().map(c -> c.name(locale)).toList(), locale);
	}

	/** Reads and analyses an upload and keeps it for confirmation; a file refused as a whole is a Rejection on "file". */
	@Requires({ Privilege.MEMBER_MANAGE, Privilege.MEMBER_IMPORT })
	@Transactional
	public long stage(Actor actor, String fileName, byte[] file) {
		return stage(actor, fileName, file, null);
	}

	/**
	 * Stages an upload read with the given mapping (header → field key or {@code ignore}) for some
	 * of its headers; without one, the user's mapping remembered for this header row applies. A
	 * header row still not understood is a {@link MappingNeeded}; a mapping given is remembered
	 * for the next sheet of the same header row.
	 */
	@Requires({ Privilege.MEMBER_MANAGE, Privilege.MEMBER_IMPORT })
	@Transactional
	public long stage(Actor actor, String fileName, byte[] file, Map<String, String> mapping) {
		SheetLayout layout = layout(actor, header(file), mapping, mapping != null ? "mapping" : "file");
		CountingSink sink = new CountingSink();
		int total = analyse(actor, file, sink, reading(layout.mapping()));
		ImportCounts counts = sink.counts(total);
		String json = MappingJson.write(layout.mapping());
		long id = store.insert(actor.userId(), name(fileName), StoredFiles.sha256(file), cipher.seal(FILE_PURPOSE, file), counts,
				json, clock.instant());
		if (mapping != null) {
			store.remember(actor.userId(), layout.shape(), json, clock.instant());
		}
		store.insertProblems(id, sink.problems());
		store.insertChecks(id, sink.checks());
		audit(id, total, counts);
		return id;
	}

	/**
	 * Keeps an upload whose headers need mapping (encrypted, like a staged one) for the mapping
	 * step; nothing is analysed until its columns are mapped.
	 */
	@Requires({ Privilege.MEMBER_MANAGE, Privilege.MEMBER_IMPORT })
	@Transactional
	public long hold(Actor actor, String fileName, byte[] file) {
		header(file);
		long id = store.insert(actor.userId(), name(fileName), StoredFiles.sha256(file), cipher.seal(FILE_PURPOSE, file), null,
				null, clock.instant());
		auditLog.append(AuditRecord.of("MEMBER_IMPORT_MAPPING_NEEDED").target("member-import", id));
		return id;
	}

	/** The mapping step of an upload waiting for it, or of a staged one whose mapping the user wants to change. */
	@Requires(Privilege.MEMBER_IMPORT)
	@Transactional(readOnly = true)
	public MappingView mapping(Actor actor, long id) {
		ImportRecord record = mappable(actor, store.find(id).orElse(null), id);
		SheetReader.Peek peek = read(() -> SheetReader.peek(file(id), MappingView.SAMPLE_ROWS));
		Optional<String> kept = store.headerMapping(id);
		SheetLayout layout = kept.isPresent() ? reading(MappingJson.read(kept.get())).layout(peek.header())
				: known().withMapping(remembered(actor, known().layout(peek.header()))).layout(peek.header());
		return MappingView.of(record, layout, peek);
	}

	/**
	 * Analyses a kept upload again with the mapping the user chose for its columns; it is then
	 * staged with the new figures, and the mapping remembered. Refused on "mapping" (nothing
	 * changes) while a column has no field, a required field no column or a field two columns.
	 */
	@Requires({ Privilege.MEMBER_MANAGE, Privilege.MEMBER_IMPORT })
	@Transactional
	public long remap(Actor actor, long id, Map<String, String> mapping) {
		mappable(actor, store.lock(id).orElse(null), id);
		byte[] file = file(id);
		SheetLayout layout = layout(actor, header(file), mapping == null ? Map.of() : mapping, "mapping");
		CountingSink sink = new CountingSink();
		int total = analyse(actor, file, sink, reading(layout.mapping()));
		ImportCounts counts = sink.counts(total);
		String json = MappingJson.write(layout.mapping());
		store.restaged(id, counts, json);
		store.remember(actor.userId(), layout.shape(), json, clock.instant());
		store.insertProblems(id, sink.problems());
		store.insertChecks(id, sink.checks());
		audit(id, total, counts);
		return id;
	}

	private void audit(long id, int total, ImportCounts counts) {
		auditLog.append(AuditRecord.of("MEMBER_IMPORT_STAGED").target("member-import", id)
			.detail("rows", String.valueOf(total)).detail("new", String.valueOf(counts.fresh()))
			.detail("existing", String.valueOf(counts.existing())).detail("bad", String.valueOf(counts.bad()))
			.detail("toConfirm", String.valueOf(counts.toConfirm())));
	}

	@Requires(Privilege.MEMBER_IMPORT)
	@Transactional(readOnly = true)
	public ImportPreview preview(Actor actor, long id, int page) {
		ImportRecord record = owned(actor, store.find(id).orElse(null), id);
		int p = Math.max(page, 0);
		List<RowProblem> problems = store.problems(id, p * PROBLEMS_PER_PAGE, PROBLEMS_PER_PAGE + 1);
		boolean more = problems.size() > PROBLEMS_PER_PAGE;
		return new ImportPreview(record, more ? problems.subList(0, PROBLEMS_PER_PAGE) : problems, p, more,
				store.checks(id, CHECKS_SHOWN), mapped(store.headerMapping(id).map(MappingJson::read).orElse(Map.of())));
	}

	@Requires(Privilege.MEMBER_IMPORT)
	@Transactional(readOnly = true)
	public List<ImportRecord> recent(Actor actor) {
		return store.recent(actor.userId(), 10);
	}

	/**
	 * Applies a staged import, with the rows awaiting confirmation that the user confirmed (the
	 * others are left out). Refused (nothing changes) when the mode is missing or a confirmed row
	 * does not await confirmation; a conflict (409) when it is not staged any more, or when the
	 * same file analysed now gives other figures than the preview the user confirmed (another
	 * import or edit came first). Confirmations wait for each other, so that two copies of one
	 * sheet applied at once end with one applied and the other refused.
	 */
	@Requires({ Privilege.MEMBER_MANAGE, Privilege.MEMBER_IMPORT })
	@Transactional
	public ImportRecord apply(Actor actor, long id, ImportMode mode, Set<Integer> confirmRows) {
		ImportRecord record = staged(actor, store.lock(id).orElse(null), id);
		if (mode == null) {
			throw new Rejection("mode", "member.import.mode.required");
		}
		List<Integer> unknown = store.notAwaitingConfirmation(id, confirmRows);
		if (!unknown.isEmpty()) {
			throw new Rejection("confirmRows", "member.import.confirmRows.unknown", unknown.get(0));
		}
		store.awaitOtherApplies();
		byte[] file = file(id);
		ApplyingSink sink = new ApplyingSink(actor, batch, mode, confirmRows);
		int total = analyse(actor, file, sink, headersOf(id));
		if (!sink.counts(total).equals(record.counts())) {
			throw new Conflict("file", "member.import.changedSincePreview");
		}
		store.confirmed(id, sink.confirmed());
		store.applied(id, mode, sink.created(), sink.updated(), sink.confirmed().size(), clock.instant());
		auditLog.append(AuditRecord.of("MEMBER_IMPORT_APPLIED").target("member-import", id).detail("mode", mode.name())
			.detail("created", String.valueOf(sink.created())).detail("updated", String.valueOf(sink.updated()))
			.detail("confirmed", String.valueOf(sink.confirmed().size())));
		return store.find(id).orElseThrow();
	}

	@Requires(Privilege.MEMBER_IMPORT)
	@Transactional
	public void discard(Actor actor, long id) {
		mappable(actor, store.lock(id).orElse(null), id);
		store.discarded(id, clock.instant());
		auditLog.append(AuditRecord.of("MEMBER_IMPORT_DISCARDED").target("member-import", id));
	}

	/** The uploaded file of a staged import, for the error sheet (which repeats the bad rows as they were written). */
	@Requires(Privilege.MEMBER_IMPORT)
	@Transactional
	public ErrorSheet.Source errorSource(Actor actor, long id) {
		ImportRecord record = staged(actor, store.find(id).orElse(null), id);
		byte[] file = file(id);
		auditLog.append(AuditRecord.of("MEMBER_IMPORT_ERRORS_DOWNLOADED").target("member-import", id));
		return new ErrorSheet.Source(record, file, store.problems(id, 0, Integer.MAX_VALUE), headersOf(id));
	}

	private int analyse(Actor actor, byte[] file, ImportSink sink, HeaderNames names) {
		return read(() -> new ImportAnalysis(actor, batch, new UnitResolver(units, access, actor), drafts, sink).run(file, names));
	}

	/** A whole-file refusal as a Rejection on "file" (the mapping step's own refusals pass as they are). */
	private static <T> T read(java.util.function.Supplier<T> reading) {
		try {
			return reading.get();
		}
		catch (ImportRefusal refusal) {
			throw new Rejection("file", refusal.code(), refusal.args());
		}
	}

	private byte[] file(long id) {
		return cipher.open(FILE_PURPOSE, store.sealedFile(id).orElseThrow(() -> new NotFoundException("member-import", id)));
	}

	private static List<String> header(byte[] file) {
		return read(() -> SheetReader.peek(file, 0).header());
	}

	/** The template's headers and the synonym table's. */
	private HeaderNames known() {
		return headers.withSynonyms(store.synonyms());
	}

	/** Headers read exactly as a kept mapping says (it names every column of the sheet). */
	private HeaderNames reading(Map<String, String> mapping) {
		return headers.withMapping(targets(mapping));
	}

	/** How a kept import is read again: with its mapping, or (staged before mappings were kept) by the names known. */
	private HeaderNames headersOf(long id) {
		return store.headerMapping(id).map(json -> reading(MappingJson.read(json))).orElseGet(this::known);
	}

	/**
	 * The header row understood with the mapping given (or, if none, the one remembered for this
	 * row); a row still not understood is refused on {@code field} with its layout.
	 */
	private SheetLayout layout(Actor actor, List<String> header, Map<String, String> given, String field) {
		HeaderNames known = known();
		SheetLayout plain = known.layout(header);
		Map<String, ColumnTarget> chosen = given != null ? chosen(given, plain) : remembered(actor, plain);
		SheetLayout layout = known.withMapping(chosen).layout(header);
		ImportRefusal problem = layout.problem();
		if (problem == null) {
			return layout;
		}
		if (given != null && problem.code().equals("member.import.header.unknown")) {
			problem = new ImportRefusal("member.import.mapping.unmapped", problem.args());
		}
		throw new MappingNeeded(field, layout, problem);
	}

	/** A mapping as sent: each header must be one of the sheet's, each value a field key or ignore. */
	private static Map<String, ColumnTarget> chosen(Map<String, String> given, SheetLayout plain) {
		java.util.Set<String> headers = new java.util.HashSet<>();
		plain.columns().forEach(c -> headers.add(HeaderNames.normal(c.header())));
		Map<String, ColumnTarget> chosen = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, String> e : given.entrySet()) {
			if (!headers.contains(HeaderNames.normal(e.getKey()))) {
				throw new Rejection("mapping", "member.import.mapping.noSuchHeader", shortened(e.getKey()));
			}
			ColumnTarget target = ColumnTarget.parse(e.getValue());
			if (target == null) {
				throw new Rejection("mapping", "member.import.mapping.unknownField", shortened(e.getKey()), shortened(e.getValue()));
			}
			chosen.put(e.getKey(), target);
		}
		return chosen;
	}

	private Map<String, ColumnTarget> remembered(Actor actor, SheetLayout plain) {
		return store.remembered(actor.userId(), plain.shape()).map(json -> targets(MappingJson.read(json))).orElse(Map.of());
	}

	/** A kept mapping's targets; a key no longer known (a field removed since) is left out, so the column asks again. */
	private static Map<String, ColumnTarget> targets(Map<String, String> mapping) {
		Map<String, ColumnTarget> targets = new java.util.LinkedHashMap<>();
		mapping.forEach((header, key) -> {
			ColumnTarget target = ColumnTarget.parse(key);
			if (target != null) {
				targets.put(header, target);
			}
		});
		return targets;
	}

	private static List<ImportPreview.Mapped> mapped(Map<String, String> mapping) {
		List<ImportPreview.Mapped> mapped = new java.util.ArrayList<>();
		mapping.forEach((header, key) -> {
			ColumnTarget target = ColumnTarget.parse(key);
			if (target != null) {
				mapped.add(new ImportPreview.Mapped(header, target.key(), target.ignored() ? "member.import.mapping.ignore"
						: target.labelKey()));
			}
		});
		return mapped;
	}

	private static String name(String fileName) {
		return fileName == null || fileName.isBlank() ? "import.xlsx" : limit(fileName.strip(), 255);
	}

	private static String shortened(String text) {
		return limit(text, 50);
	}

	/** An upload waiting for its mapping or a staged one: the two whose columns may be (re)mapped or that may be discarded. */
	private static ImportRecord mappable(Actor actor, ImportRecord record, long id) {
		ImportRecord owned = owned(actor, record, id);
		if (!owned.staged() && !owned.awaitingMapping()) {
			throw new Conflict("file", "member.import.notStaged");
		}
		return owned;
	}

	private static ImportRecord owned(Actor actor, ImportRecord record, long id) {
		if (record == null || record.ownerUserId() != actor.userId()) {
			throw new NotFoundException("member-import", id);
		}
		return record;
	}

	private static ImportRecord staged(Actor actor, ImportRecord record, long id) {
		ImportRecord owned = owned(actor, record, id);
		if (!owned.staged()) {
			throw new Conflict("file", "member.import.notStaged");
		}
		return owned;
	}

	private static String limit(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
