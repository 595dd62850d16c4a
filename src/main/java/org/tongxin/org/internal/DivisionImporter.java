package org.tongxin.org.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditRecord;
import org.tongxin.org.DivisionsImported;
import org.tongxin.org.ImportProblem;
import org.tongxin.org.ImportReport;
import org.tongxin.org.UnitMoved;
import org.tongxin.shared.security.Actor;

/**
 * Imports a division file in one transaction: the whole file is read and checked first; any
 * problem and nothing is written. A valid file is upserted by code, so importing the same file
 * again changes nothing. Privilege checks are the caller's ({@link org.tongxin.org.DivisionImport}).
 */
@Component
public class DivisionImporter {

	/** The upload limit of the platform (multipart), applied again to bodies that bypass it. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	public static final int MAX_ROWS = 200_000;

	private static final Logger log = LoggerFactory.getLogger(DivisionImporter.class);

	private final DivisionStore store;

	private final SubtreeStatements subtree;

	private final UnitChanges changes;

	private final EntityManager entityManager;

	DivisionImporter(DivisionStore store, SubtreeStatements subtree, UnitChanges changes, EntityManager entityManager) {
		this.store = store;
		this.subtree = subtree;
		this.changes = changes;
		this.entityManager = entityManager;
	}

	@Transactional
	public ImportReport run(byte[] bytes, Actor by) {
		long started = System.nanoTime();
		DivisionCsv.Parsed parsed = DivisionCsv.read(bytes, MAX_BYTES, MAX_ROWS);
		if (parsed.rows().isEmpty()) {
			return ImportReport.refused(parsed.problems());
		}
		entityManager.flush();
		subtree.lockTree();
		Set<String> codes = codes(parsed.rows());
		Map<String, ExistingUnit> existing = store.existing(codes);
		List<ImportProblem> problems = new ArrayList<>(parsed.problems());
		problems.addAll(DivisionValidator.validate(parsed.rows(), existing));
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
			return ImportReport.refused(problems);
		}
		DivisionWrite write = new DivisionWrite(store, subtree, existing, codes).apply(parsed.rows());
		// units were written behind the persistence context's back
		entityManager.clear();
		ImportReport report = ImportReport.written(parsed.rows().size(), write.created(), write.updated(), write.unchanged());
		record(by, report, write.moves());
		log.info("Imported {} division rows in {} ms: {} created, {} updated, {} unchanged", report.rows(),
				(System.nanoTime() - started) / 1_000_000, report.created(), report.updated(), report.unchanged());
		return report;
	}

	private void record(Actor by, ImportReport report, List<UnitMoved> moves) {
		for (UnitMoved moved : moves) {
			changes.record(by, AuditRecord.of("UNIT_MOVED").target("unit", moved.unitId())
				.detail("fromParent", moved.oldParentId()).detail("toParent", moved.newParentId()).detail("by", "import"), moved);
		}
		changes.record(by,
				AuditRecord.of("DIVISIONS_IMPORTED").target("division-file", null).detail("rows", report.rows())
					.detail("created", report.created()).detail("updated", report.updated())
					.detail("unchanged", report.unchanged()),
				new DivisionsImported(report.created(), report.updated(), report.unchanged()));
	}

	private static Set<String> codes(List<DivisionRow> rows) {
		Set<String> codes = new HashSet<>();
		for (DivisionRow row : rows) {
			codes.add(row.code());
			if (row.hasParent()) {
				codes.add(row.parentCode());
			}
		}
		return codes;
	}

}
