package org.tongxin.members.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
		CountingSink sink = new CountingSink();
		int total = analyse(actor, file, sink);
		ImportCounts counts = sink.counts(total);
		String name = fileName == null || fileName.isBlank() ? "import.xlsx" : limit(fileName.strip(), 255);
		long id = store.insert(actor.userId(), name, StoredFiles.sha256(file), cipher.seal(FILE_PURPOSE, file), counts, clock.instant());
		store.insertProblems(id, sink.problems());
		store.insertChecks(id, sink.checks());
		auditLog.append(AuditRecord.of("MEMBER_IMPORT_STAGED").target("member-import", id)
			.detail("rows", String.valueOf(total)).detail("new", String.valueOf(counts.fresh()))
			.detail("existing", String.valueOf(counts.existing())).detail("bad", String.valueOf(counts.bad()))
			.detail("toConfirm", String.valueOf(counts.toConfirm())));
		return id;
	}

	@Requires(Privilege.MEMBER_IMPORT)
	@Transactional(readOnly = true)
	public ImportPreview preview(Actor actor, long id, int page) {
		ImportRecord record = owned(actor, store.find(id).orElse(null), id);
		int p = Math.max(page, 0);
		List<RowProblem> problems = store.problems(id, p * PROBLEMS_PER_PAGE, PROBLEMS_PER_PAGE + 1);
		boolean more = problems.size() > PROBLEMS_PER_PAGE;
		return new ImportPreview(record, more ? problems.subList(0, PROBLEMS_PER_PAGE) : problems, p, more,
				store.checks(id, CHECKS_SHOWN));
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
		byte[] file = cipher.open(FILE_PURPOSE, store.sealedFile(id).orElseThrow(() -> new NotFoundException("member-import", id)));
		ApplyingSink sink = new ApplyingSink(actor, batch, mode, confirmRows);
		int total = analyse(actor, file, sink);
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
		staged(actor, store.lock(id).orElse(null), id);
		store.discarded(id, clock.instant());
		auditLog.append(AuditRecord.of("MEMBER_IMPORT_DISCARDED").target("member-import", id));
	}

	/** The uploaded file of a staged import, for the error sheet (which repeats the bad rows as they were written). */
	@Requires(Privilege.MEMBER_IMPORT)
	@Transactional
	public ErrorSheet.Source errorSource(Actor actor, long id) {
		ImportRecord record = staged(actor, store.find(id).orElse(null), id);
		byte[] file = cipher.open(FILE_PURPOSE, store.sealedFile(id).orElseThrow(() -> new NotFoundException("member-import", id)));
		auditLog.append(AuditRecord.of("MEMBER_IMPORT_ERRORS_DOWNLOADED").target("member-import", id));
		return new ErrorSheet.Source(record, file, store.problems(id, 0, Integer.MAX_VALUE), headers);
	}

	private int analyse(Actor actor, byte[] file, ImportSink sink) {
		try {
			return new ImportAnalysis(actor, batch, new UnitResolver(units, access, actor), drafts, sink).run(file, headers);
		}
		catch (ImportRefusal refusal) {
			throw new Rejection("file", refusal.code(), refusal.args());
		}
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
